namespace ClusterScenarios;

/// <summary>An answer of the background load and when its request was sent (since the load began).</summary>
internal sealed record LoggedAnswer(TimeSpan SentAt, bool Write, ApiAnswer Answer)
{
    public TimeSpan AnsweredAt => SentAt + Answer.Elapsed;
}
