package com.example;

/** Hand-written code next to the generated sources: compiles against them. */
public final class Main {
  private Main() {}

  public static String world() {
    return demo.app.App.class.getName();
  }
}
