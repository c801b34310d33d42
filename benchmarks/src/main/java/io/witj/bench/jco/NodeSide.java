package io.witj.bench.jco;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The jco side: {@code node benchmarks/jco/bench.mjs FIXTURES} as a child process, driven one
 * command per line (see bench.mjs), so that its measurements interleave with witj's in one run.
 */
final class NodeSide implements AutoCloseable {
  private final Process process;
  private final Writer in;
  private final BufferedReader out;

  NodeSide(Path script, Path fixtures) throws IOException {
    this.process =
        new ProcessBuilder("node", script.toString(), fixtures.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    if (!"ready".equals(first)) {
      throw new IOException("bench.mjs did not start (said " + first + "); see its output above");
    }
  }

  void warmup(ComparisonCase c, long millis) throws IOException {
    ask("warmup " + c.id + " " + millis);
  }

  /** Nanoseconds per call, measured as {@link Sampler#measure} does (no allocation figure). */
  Sampler.Sample measure(ComparisonCase c, int reps, long millis) throws IOException {
    String[] answer = ask("measure " + c.id + " " + reps + " " + millis).split(" ");
    return new Sampler.Sample(Double.parseDouble(answer[0]), Double.parseDouble(answer[1]), 0);
  }

  private String ask(String command) throws IOException {
    in.write(command + "\n");
    in.flush();
    String answer = out.readLine();
    if (answer == null || answer.startsWith("error")) {
      throw new IOException("bench.mjs: " + command + ": " + answer);
    }
    return answer;
  }

  @Override
  public void close() throws IOException {
    in.write("quit\n");
    in.flush();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
      }
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
    }
  }
}
