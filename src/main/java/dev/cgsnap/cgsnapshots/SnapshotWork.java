package dev.cgsnap.cgsnapshots;

/** Fired when a cgsnapshot gets work for the worker (a create or a delete). */
public record SnapshotWork(String cgsnapshotId) {}
