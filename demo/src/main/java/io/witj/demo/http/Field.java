package io.witj.demo.http;

/** A header or route parameter: a name and its value. */
public record Field(String name, String value) {}
