package dev.rvi.domain.billing;

/**
 * The caller's statements between tiers: those of a month ({@code yyyy-MM}), narrowed to the ones it issued (to its
 * resellers or customers) or received (from its provider) with {@code side}, null for both; or the one of
 * {@code statementId}.
 */
public record StatementQuery(String month, String side, String statementId) {

  public static StatementQuery of(String statementId) {
    return new StatementQuery(null, null, statementId);
  }
}
