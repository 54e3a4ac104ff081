package vn.cchc.tracker.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal to start an embedded PostgreSQL as root into Spring Boot's short "what to do" report. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseFallback.NoDatabaseAsRootException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseFallback.NoDatabaseAsRootException cause) {
        return new FailureAnalysis(cause.getMessage(), """
                        Either start a PostgreSQL 15+ on localhost:5432 (user and password postgres), e.g. \
                        'docker compose up -d postgres' or 'apt-get install postgresql'; or point CCHC_DB_URL, \
                        CCHC_DB_USER and CCHC_DB_PASSWORD at a server; or run the application as an ordinary user, \
                        who gets an embedded PostgreSQL with its data in ~/.cchc-tracker/pgdata.""", cause);
    }
}
