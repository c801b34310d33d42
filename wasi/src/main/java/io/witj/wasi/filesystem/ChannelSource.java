package io.witj.wasi.filesystem;

import io.witj.wasi.io.ByteSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Reads a file from an offset onwards (a descriptor's {@code read-via-stream}). */
final class ChannelSource implements ByteSource {
  private final FileChannel channel;
  private long position;

  ChannelSource(FileChannel channel, long position) {
    this.channel = channel;
    this.position = position;
  }

  @Override
  public int read(byte[] buffer, int max) throws IOException {
    int n = channel.read(ByteBuffer.wrap(buffer, 0, max), position);
    if (n > 0) {
      position += n;
    }
    return n;
  }
}
