package io.witj.parser.ast;

/** A top-level item of a file: a package item or a nested {@code package a:b { … }} block. */
public sealed interface FileItem permits PackageItem, NestedPackage {}
