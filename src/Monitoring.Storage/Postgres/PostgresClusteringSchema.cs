namespace Monitoring.Storage.Postgres;

/// <summary>
/// What <c>Microsoft.Orleans.Clustering.AdoNet</c> needs in PostgreSQL: it ships no SQL, and reads every
/// statement by name from <c>OrleansQuery</c> (one <c>SELECT QueryKey, QueryText FROM OrleansQuery</c> at
/// start; a missing name stops the silo). Parameters are the provider's (<c>@DeploymentId</c>,
/// <c>@Address</c>, <c>@Port</c>, <c>@Generation</c>, <c>@Version</c>, ...); result columns are read by name,
/// which Npgsql matches regardless of case. Every membership change names the table version it read
/// and bumps it in the same statement, so two silos cannot both win a stale write.
/// </summary>
internal static class PostgresClusteringSchema
{
    // Status 3 is SiloStatus.Active, 6 SiloStatus.Dead.
    public const string Sql = """
        CREATE TABLE orleansquery (
            querykey  text PRIMARY KEY,
            querytext text NOT NULL
        );
        CREATE TABLE orleans_membership_version (
            deployment_id text PRIMARY KEY,
            changed_at    timestamptz NOT NULL DEFAULT now(),
            version       integer NOT NULL DEFAULT 0
        );
        CREATE TABLE orleans_membership (
            deployment_id   text NOT NULL REFERENCES orleans_membership_version (deployment_id) ON DELETE CASCADE,
            address         text NOT NULL,
            port            integer NOT NULL,
            generation      integer NOT NULL,
            silo_name       text,
            host_name       text NOT NULL,
            status          integer NOT NULL,
            proxy_port      integer NOT NULL DEFAULT 0,
            suspect_times   text,
            start_time      timestamptz NOT NULL,
            i_am_alive_time timestamptz NOT NULL,
            PRIMARY KEY (deployment_id, address, port, generation)
        );
        INSERT INTO orleansquery (querykey, querytext) VALUES
        ('InsertMembershipVersionKey', $q$
            WITH added AS (
                INSERT INTO orleans_membership_version (deployment_id) VALUES (@DeploymentId::text)
                ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*) = 1 FROM added
        $q$),
        ('MembershipReadAllKey', $q$
            SELECT m.address AS Address, m.port AS Port, m.generation AS Generation, m.silo_name AS SiloName,
                   m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
                   m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime, v.version AS Version
            FROM orleans_membership_version v
            LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
            WHERE v.deployment_id = @DeploymentId::text
        $q$),
        ('MembershipReadRowKey', $q$
            SELECT m.address AS Address, m.port AS Port, m.generation AS Generation, m.silo_name AS SiloName,
                   m.host_name AS HostName, m.status AS Status, m.proxy_port AS ProxyPort, m.suspect_times AS SuspectTimes,
                   m.start_time AS StartTime, m.i_am_alive_time AS IAmAliveTime, v.version AS Version
            FROM orleans_membership_version v
            LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
                AND m.address = @Address::text AND m.port = @Port::integer AND m.generation = @Generation::integer
            WHERE v.deployment_id = @DeploymentId::text
        $q$),
        ('InsertMembershipKey', $q$
            WITH bumped AS (
                UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
                WHERE deployment_id = @DeploymentId::text AND version = @Version::integer
                RETURNING deployment_id),
            added AS (
                INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name, status,
                                                proxy_port, start_time, i_am_alive_time)
                SELECT deployment_id, @Address::text, @Port::integer, @Generation::integer, @SiloName::text, @HostName::text,
                       @Status::integer, @ProxyPort::integer, @StartTime::timestamptz, @IAmAliveTime::timestamptz
                FROM bumped
                ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*) = 1 FROM added
        $q$),
        ('UpdateMembershipKey', $q$
            WITH bumped AS (
                UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
                WHERE deployment_id = @DeploymentId::text AND version = @Version::integer
                RETURNING deployment_id),
            changed AS (
                UPDATE orleans_membership m
                SET status = @Status::integer, suspect_times = @SuspectTimes::text, i_am_alive_time = @IAmAliveTime::timestamptz
                FROM bumped b
                WHERE m.deployment_id = b.deployment_id
                  AND m.address = @Address::text AND m.port = @Port::integer AND m.generation = @Generation::integer
                RETURNING 1)
            SELECT count(*) = 1 FROM changed
        $q$),
        ('UpdateIAmAlivetimeKey', $q$
            UPDATE orleans_membership SET i_am_alive_time = @IAmAliveTime::timestamptz
            WHERE deployment_id = @DeploymentId::text
              AND address = @Address::text AND port = @Port::integer AND generation = @Generation::integer
        $q$),
        ('GatewaysQueryKey', $q$
            SELECT address AS Address, proxy_port AS ProxyPort, generation AS Generation
            FROM orleans_membership
            WHERE deployment_id = @DeploymentId::text AND status = @Status::integer AND proxy_port > 0
        $q$),
        ('DeleteMembershipTableEntriesKey', $q$
            DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId::text
        $q$),
        ('CleanupDefunctSiloEntriesKey', $q$
            DELETE FROM orleans_membership
            WHERE deployment_id = @DeploymentId::text AND status = 6
              AND i_am_alive_time < @IAmAliveTime::timestamptz AND start_time < @IAmAliveTime::timestamptz
        $q$),
        ('CleanupDefunctSiloEntryKey', $q$
            DELETE FROM orleans_membership
            WHERE deployment_id = @DeploymentId::text AND status = 6
              AND address = @Address::text AND port = @Port::integer AND generation = @Generation::integer
              AND i_am_alive_time = @IAmAliveTime::timestamptz AND start_time = @StartTime::timestamptz
              AND coalesce(suspect_times, '') = coalesce(@SuspectTimes::text, '')
        $q$);
        """;
}
