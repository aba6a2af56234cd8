-- Simplification proposals (phương án đơn giản hóa TTHC) and their cost of compliance (Circular 02/2017/TT-VPCP).
CREATE TABLE catalog.simplification_proposal (
    id                    bigserial PRIMARY KEY,
    procedure_id          bigint NOT NULL REFERENCES catalog.procedure (id),
    unit_code             varchar(35) NOT NULL,
    kind                  varchar(20) NOT NULL,
    description           varchar(2000) NOT NULL,
    rationale             varchar(4000) NOT NULL,
    proposed_time         numeric(10, 2),
    before_hours          numeric(12, 2) NOT NULL,
    before_hourly_cost    numeric(14, 2) NOT NULL,
    before_fees           numeric(14, 2) NOT NULL,
    after_hours           numeric(12, 2) NOT NULL,
    after_hourly_cost     numeric(14, 2) NOT NULL,
    after_fees            numeric(14, 2) NOT NULL,
    frequency_per_year    numeric(10, 2) NOT NULL,
    subjects              bigint NOT NULL,
    status                varchar(20) NOT NULL,
    proposed_by           varchar(60) NOT NULL,
    proposed_at           timestamptz NOT NULL DEFAULT now(),
    decided_by            varchar(60),
    decided_at            timestamptz,
    decision_note         varchar(1000),
    version               int NOT NULL DEFAULT 0,
    CONSTRAINT proposal_amounts CHECK (before_hours >= 0 AND before_hourly_cost >= 0 AND before_fees >= 0 AND after_hours >= 0
        AND after_hourly_cost >= 0 AND after_fees >= 0 AND frequency_per_year >= 0 AND subjects >= 0)
);
CREATE INDEX simplification_proposal_unit ON catalog.simplification_proposal (unit_code);
CREATE INDEX simplification_proposal_procedure ON catalog.simplification_proposal (procedure_id);
