#include "tools/server/http_front_end.h"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <chrono>
#include <exception>
#include <iostream>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"

namespace khulasa::server {
namespace {

namespace net = boost::asio;
using tcp = net::ip::tcp;

// Connections the kernel completes before the server accepts them: a burst
// of clients (wrk's 32, browsers) never waits for a SYN retransmission.
constexpr int kListenBacklog = 1024;
// How long Stop() lets requests in progress finish.
constexpr std::chrono::seconds kStopGrace{10};

}  // namespace

HttpFrontEnd::HttpFrontEnd(FrontEndOptions options, HttpApplication* app)
    : options_(std::move(options)),
      registry_(options_.max_connections, options_.max_client_connections),
      io_(options_.io_threads < 1 ? 1 : options_.io_threads),
      acceptor_(net::make_strand(io_)),
      retry_(acceptor_.get_executor()),
      pool_(std::make_unique<WorkerPool>(options_.worker_threads,
                                         options_.queue)) {
  shared_.limits = options_.limits;
  shared_.limits.queue = options_.queue;
  shared_.app = app;
  shared_.pool = pool_.get();
  shared_.registry = &registry_;
  shared_.io = &io_;
}

HttpFrontEnd::~HttpFrontEnd() {
  Stop();
  pool_->Shutdown();
}

absl::StatusOr<int> HttpFrontEnd::Bind() {
  const auto unavailable = [this](std::string_view why) {
    return absl::UnavailableError(absl::StrCat(
        "cannot listen on ", options_.host, ":", options_.port, " (",
        std::string(why),
        "; address in use or not local?); choose another --host/--port"));
  };
  boost::system::error_code error;
  tcp::resolver resolver(io_);
  const auto endpoints = resolver.resolve(
      options_.host, std::to_string(options_.port),
      tcp::resolver::passive | tcp::resolver::numeric_service, error);
  if (error || endpoints.empty()) return unavailable(error.message());
  const tcp::endpoint endpoint = endpoints.begin()->endpoint();
  acceptor_.open(endpoint.protocol(), error);
  // SO_REUSEADDR only: SO_REUSEPORT would let a second server (or another
  // local user's process) bind the same port and take half the clients.
  if (!error) acceptor_.set_option(tcp::acceptor::reuse_address(true), error);
  if (!error) acceptor_.bind(endpoint, error);
  if (!error) acceptor_.listen(kListenBacklog, error);
  if (error) {
    acceptor_.close(error);
    return unavailable(error.message());
  }
  return static_cast<int>(acceptor_.local_endpoint(error).port());
}

absl::Status HttpFrontEnd::Run() {
  if (stopped_.load()) return absl::OkStatus();
  if (!acceptor_.is_open()) {
    return absl::InternalError("the server was not bound before Run()");
  }
  net::post(acceptor_.get_executor(), [this] { Accept(); });
  const auto loop = [this] {
    for (;;) {
      try {
        io_.run();
        return;
      } catch (const std::exception& e) {
        // A handler threw past its own catch (bad_alloc): the connection
        // it served is lost, the loop goes on.
        std::cerr << "khulasa serve: I/O loop: " << e.what() << "\n";
      }
    }
  };
  running_.store(true);
  std::vector<std::thread> more;
  for (int i = 1; i < options_.io_threads; ++i) more.emplace_back(loop);
  loop();
  for (std::thread& thread : more) thread.join();
  running_.store(false);
  pool_->Shutdown();
  return absl::OkStatus();
}

void HttpFrontEnd::Stop() {
  if (stopped_.exchange(true)) return;
  shared_.stopping.store(true);
  net::post(acceptor_.get_executor(), [this] {
    boost::system::error_code ignored;
    acceptor_.close(ignored);
    retry_.cancel();
  });
  registry_.CloseAll([](HttpSession& session) { session.Close(); });
  registry_.WaitEmpty(std::chrono::steady_clock::now() + kStopGrace);
  io_.stop();
}

void HttpFrontEnd::Accept() {
  acceptor_.async_accept(
      net::make_strand(io_),
      boost::beast::bind_front_handler(&HttpFrontEnd::OnAccept, this));
}

void HttpFrontEnd::OnAccept(boost::system::error_code error,
                            tcp::socket socket) {
  if (!acceptor_.is_open() || shared_.stopping.load()) return;
  if (error) {
    // Out of descriptors (EMFILE) and the like: wait a moment rather than
    // spin; the pending connections stay in the backlog.
    retry_.expires_after(std::chrono::milliseconds(50));
    retry_.async_wait([this](boost::system::error_code wait_error) {
      if (!wait_error) Accept();
    });
    return;
  }
  boost::system::error_code ignored;
  socket.set_option(tcp::no_delay(true), ignored);
  std::string address = socket.remote_endpoint(ignored).address().to_string();
  const ConnectionRegistry::Admission admission = registry_.Admit(address);
  const bool admitted = admission == ConnectionRegistry::Admission::kAdmitted;
  auto session = std::make_shared<HttpSession>(std::move(socket), &shared_,
                                               address, admitted);
  if (admitted) {
    registry_.Track(session);
    session->Start();
  } else if (admission == ConnectionRegistry::Admission::kTooManyFromClient) {
    session->Refuse(
        429, absl::StrCat("too many connections from ", address, " (at most ",
                          options_.max_client_connections,
                          "); close some and retry"));
  } else {
    session->Refuse(503,
                    absl::StrCat("server at its connection limit (",
                                 options_.max_connections, "); retry shortly"));
  }
  Accept();
}

}  // namespace khulasa::server
