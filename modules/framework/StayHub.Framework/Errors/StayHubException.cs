namespace StayHub.Framework.Errors;

/// <summary>
/// A failure the caller can act on. Its <see cref="Code"/> is part of the public contract; its message is
/// safe to show (it never carries internals).
/// </summary>
public class StayHubException(ErrorKind kind, string code, string message) : Exception(message)
{
    public ErrorKind Kind { get; } = kind;

    public string Code { get; } = code;
}
