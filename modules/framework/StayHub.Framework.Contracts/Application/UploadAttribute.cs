namespace StayHub.Framework.Contracts.Application;

/// <summary>
/// How a <see cref="RemoteStreamContent"/> parameter travels: one file in a <c>multipart/form-data</c> field, with
/// a cap on the whole request body (larger requests answer 413 before they are read).
/// </summary>
/// <param name="field">Name of the multipart field carrying the file.</param>
/// <param name="maxRequestBytes">Largest accepted request body, framing included.</param>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class UploadAttribute(string field, long maxRequestBytes) : Attribute
{
    /// <summary>Name of the multipart field carrying the file.</summary>
    public string Field { get; } = field;

    /// <summary>Largest accepted request body in bytes.</summary>
    public long MaxRequestBytes { get; } = maxRequestBytes;
}
