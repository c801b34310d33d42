package io.witj.demo.guest;

/**
 * What one run of a keyvalue guest reported: success or not, and its output (or what went wrong).
 */
public record GuestRun(boolean success, String output) {}
