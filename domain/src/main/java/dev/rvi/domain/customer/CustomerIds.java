package dev.rvi.domain.customer;

import java.util.List;

/** Customer ids: asked, the ones a partner names; answered, those of them the caller's partner sees. */
public record CustomerIds(List<String> ids) {}
