namespace ClusterScenarios;

/// <summary>Where the cluster is and how big a run is; read from the environment etc/cluster/run.sh sets.</summary>
internal sealed record ClusterSettings(
    Uri BalancerUrl,
    IReadOnlyList<Uri> NodeUrls,
    string ConnectionString,
    string RedisConfiguration,
    string ClusterScript,
    bool Quick,
    int AuthLimit)
{
    public static ClusterSettings FromEnvironment()
    {
        static string Required(string name) =>
            Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set (run through etc/cluster/run.sh)");

        var nodes = Required("STAYHUB_CLUSTER_NODE_URLS").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => new Uri(u)).ToList();
        if (nodes.Count < 2)
        {
            throw new InvalidOperationException("the scenarios need at least two nodes (STAYHUB_CLUSTER_NODES=2)");
        }

        return new ClusterSettings(
            new Uri(Required("STAYHUB_CLUSTER_URL")),
            nodes,
            Required("STAYHUB_CLUSTER_CONNECTION_STRING"),
            Required("STAYHUB_CLUSTER_REDIS"),
            Required("STAYHUB_CLUSTER_SCRIPT"),
            Environment.GetEnvironmentVariable("STAYHUB_CLUSTER_QUICK") == "1",
            int.Parse(Environment.GetEnvironmentVariable("STAYHUB_CLUSTER_AUTH_LIMIT") ?? "100", System.Globalization.CultureInfo.InvariantCulture));
    }

    public Uri NodeA => NodeUrls[0];

    public Uri NodeB => NodeUrls[1];
}
