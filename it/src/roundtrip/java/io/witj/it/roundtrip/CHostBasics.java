package io.witj.it.roundtrip;

import io.witj.it.roundtrip.c.HostBasics;
import io.witj.it.roundtrip.c.Types.Person;
import io.witj.it.roundtrip.c.Types.Point;
import io.witj.it.roundtrip.c.Types.Shape;
import java.util.List;

/** host-basics for the C guest: records each argument and answers its transform. */
final class CHostBasics implements HostBasics {
  private final Recorder recorder;

  CHostBasics(Recorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public String echoString(String s) {
    return recorder.echo("echo-string", s);
  }

  @Override
  public List<String> echoStrings(List<String> l) {
    return recorder.echo("echo-strings", l);
  }

  @Override
  public byte[] echoBytes(byte[] b) {
    return recorder.echo("echo-bytes", b);
  }

  @Override
  public int[] echoU32s(int[] l) {
    return recorder.echo("echo-u32s", l);
  }

  @Override
  public Point echoPoint(Point p) {
    return recorder.echo("echo-point", p);
  }

  @Override
  public Person echoPerson(Person p) {
    return recorder.echo("echo-person", p);
  }

  @Override
  public List<Person> echoPeople(List<Person> l) {
    return recorder.echo("echo-people", l);
  }

  @Override
  public Shape echoShape(Shape s) {
    return recorder.echo("echo-shape", s);
  }

  @Override
  public List<Shape> echoShapes(List<Shape> l) {
    return recorder.echo("echo-shapes", l);
  }
}
