#include "tools/khulasa/diacritizer_flags.h"

namespace khulasa::cli {

void AddDiacritizerFlags(CLI::App* app, speech::DiacritizerOptions* options) {
  app->add_option("--use-lexicon", options->use_lexicon,
                  "choose among the forms words had in training")
      ->capture_default_str();
  app->add_option("--lexicon-last-letter", options->lexicon_covers_last_letter,
                  "let lexicon forms fix the case ending too")
      ->capture_default_str();
  app->add_option("--lexicon-prior", options->lexicon_prior,
                  "weight of log(count + 1) of lexicon forms")
      ->capture_default_str();
  app->add_option("--split-prior", options->split_prior,
                  "weight of a stem form's log count for unknown words "
                  "(negative: --lexicon-prior; tuning)")
      ->capture_default_str();
  app->add_option("--beam", options->beam_width,
                  "case-ending hypotheses kept by the first pass (1: greedy)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  app->add_option("--stack", options->use_stack,
                  "the model's second pass over case endings, if it has one "
                  "(0: first pass only; ablation)")
      ->capture_default_str();
  app->add_option("--mark-consonants", options->mark_all_consonants,
                  "never leave a consonant bare before a word's last letter "
                  "(0: as the model and lexicon say; ablation)")
      ->capture_default_str();
  app->add_option("--stack-rounds", options->stack_rounds,
                  "rounds of the second pass (tuning)")
      ->check(CLI::Range(1, 8))
      ->capture_default_str();
  app->add_option("--enclitics", options->enclitic_candidates,
                  "stem forms for unknown words with a pronoun suffix "
                  "(0: off; ablation)")
      ->capture_default_str();
  app->add_option("--suffixes", options->suffix_candidates,
                  "stem forms for unknown words with an inflection suffix "
                  "(0: off; ablation)")
      ->capture_default_str();
  app->add_option("--names", options->transliterated_names,
                  "vowel unknown words that look like transliterated names "
                  "as news text writes names, ending in sukun (0: leave them "
                  "to the model)")
      ->capture_default_str();
  app->add_option("--patterns", options->pattern_candidates,
                  "pattern-lexicon candidates for unknown words (0: off; "
                  "ablation)")
      ->capture_default_str();
  app->add_option("--pattern-prior", options->pattern_prior,
                  "weight of a pattern template's log count (tuning)")
      ->capture_default_str();
  app->add_option("--hamza-kasra", options->kasra_under_hamza,
                  "give a bare alef with hamza below its kasra (0: leave "
                  "it bare, as much of the Tashkeela text does)")
      ->capture_default_str();
  app->add_option("--helper-vowels", options->helper_vowels,
                  "write the vowel joining a final sukun to a wasla word "
                  "(0: keep the sukun, the WikiNews-2014 convention)")
      ->capture_default_str();
  app->add_option("--repair", options->repair_vowelling,
                  "repair ill-formed vowelling last (two sukuns, double "
                  "tanween, ...; 0: the model's labels as they are)")
      ->capture_default_str();
}

}  // namespace khulasa::cli
