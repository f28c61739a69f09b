namespace StayHub.Http.Client.Proxies;

/// <summary>The "result" of a method returning a plain Task: nothing is read from the body.</summary>
internal sealed class NoResult
{
    private NoResult()
    {
    }
}
