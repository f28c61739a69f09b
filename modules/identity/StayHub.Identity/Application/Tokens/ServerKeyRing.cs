using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using StayHub.Identity.Domain;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.Tokens;

/// <summary>
/// The token server's signing (RSA) and encryption (AES) keys, created once in the database and loaded by
/// every node at start, so tokens from any node are valid on all of them.
/// </summary>
internal sealed class ServerKeyRing(TimeProvider clock)
{
    private SecurityKey? signingKey;
    private SecurityKey? encryptionKey;

    public SecurityKey SigningKey => signingKey ?? throw NotLoaded();

    public SecurityKey EncryptionKey => encryptionKey ?? throw NotLoaded();

    public async Task LoadOrCreateAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        var keys = await db.ServerKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
        var signing = keys.FirstOrDefault(k => k.Use == ServerKey.SigningUse);
        var encryption = keys.FirstOrDefault(k => k.Use == ServerKey.EncryptionUse);
        if (signing is null)
        {
            using var rsa = RSA.Create(2048);
            signing = new ServerKey { Use = ServerKey.SigningUse, Material = rsa.ExportPkcs8PrivateKeyPem(), CreatedAt = clock.GetUtcNow() };
            db.ServerKeys.Add(signing);
        }

        if (encryption is null)
        {
            encryption = new ServerKey { Use = ServerKey.EncryptionUse, Material = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), CreatedAt = clock.GetUtcNow() };
            db.ServerKeys.Add(encryption);
        }

        await db.SaveChangesAsync(cancellationToken);

        var rsaKey = RSA.Create();
        rsaKey.ImportFromPem(signing.Material);
        signingKey = new RsaSecurityKey(rsaKey) { KeyId = signing.Id.ToString("N") };
        encryptionKey = new SymmetricSecurityKey(Convert.FromBase64String(encryption.Material)) { KeyId = encryption.Id.ToString("N") };
    }

    private static InvalidOperationException NotLoaded() =>
        new("The token server keys are not loaded yet; they load during host start, after migrations.");
}
