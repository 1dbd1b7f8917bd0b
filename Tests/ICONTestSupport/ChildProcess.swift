#if canImport(Glibc)
  import Glibc

  /// A program the tests start, with every signal unblocked and at its default action and no descriptor
  /// beyond its standard streams. (Foundation's
  /// `Process` hands a child the signal mask of the thread that starts it, and the test runner's threads
  /// block most signals: a server such as dnsmasq then neither stops on SIGTERM nor reaps its children.)
  public final class ChildProcess: Sendable {
    /// Its process id.
    public let pid: pid_t

    /// Starts `path` with `arguments`, its output and errors going to `log` (appended) or nowhere.
    public init(_ path: String, _ arguments: [String], log: String? = nil) throws {
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var none = sigset_t()
      sigemptyset(&none)
      var all = sigset_t()
      sigfillset(&all)
      posix_spawnattr_setsigmask(&attributes, &none)
      posix_spawnattr_setsigdefault(&attributes, &all)
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
      var files = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&files)
      defer { posix_spawn_file_actions_destroy(&files) }
      posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0)
      let output = log ?? "/dev/null"
      posix_spawn_file_actions_addopen(&files, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
      posix_spawn_file_actions_adddup2(&files, 1, 2)
      // nothing else of the test process: a pipe another thread reads to its end would otherwise stay
      // open as long as this child runs
      _ = Self.closeFrom(&files, 3)
      let argv = ([path] + arguments).map { strdup($0) } + [nil]
      defer { argv.forEach { free($0) } }
      var pid = pid_t()
      let status = posix_spawn(&pid, path, &files, &attributes, argv, environ)
      guard status == 0 else { throw ChildProcessFailure(path: path, code: status) }
      self.pid = pid
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module
    /// does not show.
    private static let closeFrom:
      @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32 = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
          fatalError(
            "the C library has no posix_spawn_file_actions_addclosefrom_np (glibc 2.34 or later needed)")
        }
        return unsafeBitCast(
          symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self
        )
      }()

    /// Whether it still runs (reaping it if it ended).
    public var isRunning: Bool {
      var status: Int32 = 0
      return waitpid(pid, &status, WNOHANG) == 0
    }

    /// Stops it with SIGTERM, or SIGKILL after two seconds, and waits for it.
    public func stop() {
      guard isRunning else { return }
      kill(pid, SIGTERM)
      for _ in 0..<200 {
        if !isRunning { return }
        usleep(10_000)
      }
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }

    deinit { stop() }
  }

  /// A program that could not be started.
  public struct ChildProcessFailure: Error, CustomStringConvertible {
    public let path: String
    public let code: Int32
    public var description: String { "cannot start \(path): \(String(cString: strerror(code)))" }
  }
#endif
