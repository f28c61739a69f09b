using StayHub.Framework.Testing;

namespace StayHub.Host.Tests.Auditing;

/// <summary>
/// A host of its own for tests that fill or empty the audit table wholesale (plans on generated rows, retention), so
/// no other test's audit rows or figures move. Retention deletes in batches of 7 here, to see more than one batch.
/// </summary>
public sealed class AuditStoreFixture : StayHubAppFactory<Program>
{
    public const int RetentionBatchSize = 7;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auditing:RetentionBatchSize"] = RetentionBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
