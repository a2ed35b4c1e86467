package io.containerbuild.hub.store;

import java.time.Instant;

/** One of Koji's events: a write's place in history ({@code getLastEvent} answers {@code {id, ts}}). */
public record Event(int id, Instant time) {}
