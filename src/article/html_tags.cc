#include "src/article/html_tags.h"

namespace khulasa::article {

bool IsBlockTag(HtmlTag t) {
  switch (t) {
    case HtmlTag::kSpan:
    case HtmlTag::kA:
    case HtmlTag::kB:
    case HtmlTag::kStrong:
    case HtmlTag::kEm:
    case HtmlTag::kI:
    case HtmlTag::kU:
    case HtmlTag::kSmall:
    case HtmlTag::kSup:
    case HtmlTag::kSub:
    case HtmlTag::kCite:
    case HtmlTag::kQ:
    case HtmlTag::kAbbr:
    case HtmlTag::kMark:
    case HtmlTag::kFont:
    case HtmlTag::kTime:
    case HtmlTag::kCode:
    case HtmlTag::kLabel:
    case HtmlTag::kText:
    case HtmlTag::kComment:
    case HtmlTag::kBr:
    case HtmlTag::kImg:
    case HtmlTag::kPicture:
    case HtmlTag::kSource:
      return false;
    default:
      return true;
  }
}

bool IsDroppedTag(HtmlTag t) {
  switch (t) {
    case HtmlTag::kHead:
    case HtmlTag::kScript:
    case HtmlTag::kStyle:
    case HtmlTag::kTemplate:
    case HtmlTag::kSvg:
    case HtmlTag::kMath:
    case HtmlTag::kIframe:
    case HtmlTag::kObject:
    case HtmlTag::kEmbed:
    case HtmlTag::kCanvas:
    case HtmlTag::kVideo:
    case HtmlTag::kAudio:
    case HtmlTag::kButton:
    case HtmlTag::kInput:
    case HtmlTag::kSelect:
    case HtmlTag::kOption:
    case HtmlTag::kTextarea:
    case HtmlTag::kNav:
    case HtmlTag::kAside:
    case HtmlTag::kFooter:
    case HtmlTag::kHeader:
    case HtmlTag::kMenu:
    case HtmlTag::kDialog:
    case HtmlTag::kFigcaption:
    case HtmlTag::kTitle:
    case HtmlTag::kMeta:
    case HtmlTag::kLink:
    case HtmlTag::kBase:
    case HtmlTag::kComment:
    case HtmlTag::kLabel:
    case HtmlTag::kFieldset:
      return true;
    default:
      return false;
  }
}

bool IsStructuralDrop(HtmlTag t) {
  return t == HtmlTag::kHeader || t == HtmlTag::kFooter ||
         t == HtmlTag::kAside || t == HtmlTag::kNav || t == HtmlTag::kMenu;
}

bool IsRawTextTag(HtmlTag t) {
  return t == HtmlTag::kScript || t == HtmlTag::kStyle ||
         t == HtmlTag::kTemplate || t == HtmlTag::kHead;
}

bool IsHeading(HtmlTag t) {
  return t == HtmlTag::kH1 || t == HtmlTag::kH2 || t == HtmlTag::kH3 ||
         t == HtmlTag::kH4 || t == HtmlTag::kH5 || t == HtmlTag::kH6;
}

}  // namespace khulasa::article
