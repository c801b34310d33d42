package io.witj.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ResultTupleTest {
  @Test
  void okAndErr() {
    Result<Integer, String> ok = Result.ok(3);
    Result<Integer, String> err = Result.err("boom");
    assertThat(ok.isOk()).isTrue();
    assertThat(err.isErr()).isTrue();
    assertThat(ok.unwrap()).isEqualTo(3);
    assertThat(err.unwrapErr()).isEqualTo("boom");
    assertThat(err.orElse(7)).isEqualTo(7);
    assertThat(ok.map(x -> x * 2)).isEqualTo(Result.ok(6));
    assertThat(err.mapErr(String::length)).isEqualTo(Result.err(4));
    assertThat(err.map(x -> x * 2)).isEqualTo(Result.err("boom"));
    assertThat(ok).isEqualTo(new Result.Ok<Integer, String>(3));
    NoSuchElementException e = assertThrows(NoSuchElementException.class, err::unwrap);
    assertThat(e).hasMessageThat().isEqualTo("unwrap of Err(boom)");
    assertThrows(NoSuchElementException.class, ok::unwrapErr);
  }

  @Test
  void unitSides() {
    Result<Void, Void> r = Result.ok();
    assertThat(r.unwrap()).isNull();
    Result<String, Void> e = Result.err();
    assertThat(e).isInstanceOf(Result.Err.class);
    assertThat(((Result.Err<String, Void>) e).error()).isNull();
    assertThat(Result.class.getPermittedSubclasses()).hasLength(2);
  }

  @Test
  void throwableErrorBecomesCause() {
    IOException io = new IOException("disk");
    Result<String, IOException> r = Result.err(io);
    NoSuchElementException e = assertThrows(NoSuchElementException.class, r::unwrap);
    assertThat(e).hasCauseThat().isSameInstanceAs(io);
  }

  @Test
  void tuplesAreValueRecords() {
    Tuple2<String, Integer> t = new Tuple2<>("a", 1);
    assertThat(t.t0()).isEqualTo("a");
    assertThat(t.t1()).isEqualTo(1);
    assertThat(t).isEqualTo(new Tuple2<>("a", 1));
    Tuple16<
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer,
            Integer>
        t16 = new Tuple16<>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    assertThat(t16.t15()).isEqualTo(15);
    assertThat(new Tuple1<>("x").t0()).isEqualTo("x");
  }
}
