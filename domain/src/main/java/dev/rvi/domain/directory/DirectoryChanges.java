package dev.rvi.domain.directory;

import java.util.List;

/** A batch of directory changes, oldest first: a copy applies them in this order. */
public record DirectoryChanges(List<DirectoryChange> changes) {}
