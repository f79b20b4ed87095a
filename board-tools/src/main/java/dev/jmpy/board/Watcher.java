package dev.jmpy.board;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The edit-and-see loop: build, deploy, run {@code main.py} with its output streamed; then on every
 * save under the watched folders: interrupt the program, build again, deploy what changed (usually
 * the one module of the class that changed), run again. Each round prints how long the build and the
 * deploy took.
 */
public final class Watcher implements AutoCloseable {
  /** Rebuilds the board image (re-runs the compile, and the .mpy step if used). */
  public interface Build {
    void run() throws Exception;
  }

  /** One redeploy: what was copied, and how long the build and the deploy took. */
  public record Round(Deployer.Result deploy, long buildMillis, long totalMillis) {
    public String summary() {
      return "redeployed in " + totalMillis + " ms (build " + buildMillis + " ms, deploy "
          + deploy.millis() + " ms: " + deploy.summary() + ")";
    }
  }

  private final BoardSession board;
  private final Path image;
  private final java.util.function.Supplier<TracebackDecoder> decoder;
  private final List<Path> watched;
  private final Build build;
  private final PrintStream log;
  private final OutputStream console;
  private final WatchService watcher;
  private final BlockingQueue<Round> rounds = new LinkedBlockingQueue<>();
  private volatile Thread program;
  private volatile boolean closed;

  public Watcher(BoardSession board, Path image,
      java.util.function.Supplier<TracebackDecoder> decoder, List<Path> watched, Build build,
      PrintStream log, OutputStream console) throws IOException {
    this.board = board;
    this.image = image;
    this.decoder = decoder;
    this.watched = List.copyOf(watched);
    this.build = build;
    this.log = log;
    this.console = console;
    this.watcher = FileSystems.getDefault().newWatchService();
    for (Path root : watched) {
      register(root);
    }
  }

  private void register(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  /** The rounds done so far, as they finish (for tests and tools). */
  public BlockingQueue<Round> rounds() {
    return rounds;
  }

  /** Deploys and runs once, then redeploys on every change until {@link #close()}. */
  public void loop() throws Exception {
    Round first = round();
    log.println("[jmpy] deployed: " + first.deploy().summary());
    startProgram();
    while (!closed) {
      WatchKey key;
      try {
        key = watcher.take();
      } catch (ClosedWatchServiceException | InterruptedException e) {
        return;
      }
      settle(key);
      // A burst of events (an editor writes a temp file, renames it) is one save.
      WatchKey more;
      while ((more = watcher.poll(100, TimeUnit.MILLISECONDS)) != null) {
        settle(more);
      }
      stopProgram();
      Round round;
      try {
        round = round();
      } catch (Exception e) {
        log.println("[jmpy] build or deploy failed: " + e.getMessage());
        continue;
      }
      log.println("[jmpy] " + round.summary());
      startProgram();
    }
  }

  private void settle(WatchKey key) {
    for (var event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && event.context() instanceof Path name) {
        Path created = ((Path) key.watchable()).resolve(name);
        if (Files.isDirectory(created)) {
          try {
            register(created);
          } catch (IOException e) {
            log.println("[jmpy] cannot watch " + created + ": " + e.getMessage());
          }
        }
      }
    }
    key.reset();
  }

  private Round round() throws Exception {
    long start = System.nanoTime();
    build.run();
    long built = System.nanoTime();
    Deployer.Result deployed = board.deploy(image);
    Round round = new Round(deployed, (built - start) / 1_000_000,
        (System.nanoTime() - start) / 1_000_000);
    rounds.add(round);
    return round;
  }

  private void startProgram() {
    board.clearStop();
    program = Thread.ofPlatform().name("jmpy-watch-run").daemon().start(() -> {
      try {
        board.runMain(console, decoder.get());
      } catch (IOException e) {
        if (!closed) {
          log.println("[jmpy] " + e.getMessage());
        }
      }
    });
  }

  private void stopProgram() throws IOException, InterruptedException {
    Thread running = program;
    if (running != null && running.isAlive()) {
      for (int i = 0; i < 50 && running.isAlive(); i++) {
        board.interrupt(); // again until it stops: the program may not have started yet
        running.join(200);
      }
      if (running.isAlive()) {
        throw new BoardException("the program on the board did not stop on Ctrl-C");
      }
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    watcher.close();
    try {
      stopProgram();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
