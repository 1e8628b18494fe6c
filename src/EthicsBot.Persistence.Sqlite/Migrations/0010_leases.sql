-- Named time-limited leases (ILeaseStore): which instance runs the daily push. Instants as in 0001.
CREATE TABLE leases (
    name        TEXT NOT NULL PRIMARY KEY,
    owner       TEXT NOT NULL,
    lease_until TEXT NOT NULL
) STRICT;
