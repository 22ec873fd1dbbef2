package dev.rvi.domain.support;

/** What a support agent does to a request: assign (to someone), add a note, reject with a reason. */
public record SupportAgentAction(String id, String assignee, String text, String visibility, String reason) {}
