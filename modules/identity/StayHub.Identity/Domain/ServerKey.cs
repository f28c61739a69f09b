namespace StayHub.Identity.Domain;

/// <summary>
/// Key material of the token server, shared by every node through the database so a token issued by
/// one node validates on all of them.
/// </summary>
public sealed class ServerKey
{
    public const string SigningUse = "signing";
    public const string EncryptionUse = "encryption";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Use { get; init; }

    /// <summary>PKCS#8 PEM for the RSA signing key; base64 for the AES encryption key.</summary>
    public required string Material { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
