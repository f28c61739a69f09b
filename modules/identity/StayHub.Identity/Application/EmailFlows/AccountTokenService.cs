using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using StayHub.Identity.Domain;
using StayHub.Identity.Persistence;

namespace StayHub.Identity.Application.EmailFlows;

/// <summary>Issues and redeems <see cref="AccountToken"/>s: 32 random bytes (base64url) in the email, their SHA-256 in the database.</summary>
internal sealed class AccountTokenService(IdentityDbContext db, TimeProvider clock)
{
    private const int TokenBytes = 32;

    public async Task<string> IssueAsync(Guid userId, string purpose, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Housekeeping on the way: this user's expired tokens are dead weight.
        await db.AccountTokens.Where(t => t.UserId == userId && t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

        var secret = RandomNumberGenerator.GetBytes(TokenBytes);
        db.AccountTokens.Add(new AccountToken
        {
            UserId = userId,
            Purpose = purpose,
            TokenHash = SHA256.HashData(secret),
            ExpiresAt = now + lifetime,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Base64Url.EncodeToString(secret);
    }

    /// <summary>The id of the user's unused, unexpired token for <paramref name="purpose"/> matching <paramref name="token"/>, if any. Redeems nothing.</summary>
    public async Task<Guid?> FindUsableAsync(Guid userId, string purpose, string token, CancellationToken cancellationToken)
    {
        if (Hash(token) is not { } hash)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var ids = await db.AccountTokens
            .Where(t => t.UserId == userId && t.Purpose == purpose && t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now)
            .OrderBy(t => t.Id)
            .Select(t => t.Id)
            .Take(1)
            .ToListAsync(cancellationToken);
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>
    /// Marks the token used in one conditional UPDATE: of two concurrent redemptions exactly one sees a row
    /// change, so a token works once even across nodes.
    /// </summary>
    public async Task<bool> TryConsumeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await db.AccountTokens
            .Where(t => t.Id == tokenId && t.UsedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        return changed == 1;
    }

    /// <summary>Retires every unused token of the user for <paramref name="purpose"/> (older reset links die with a reset).</summary>
    public Task<int> InvalidateAllAsync(Guid userId, string purpose, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.AccountTokens
            .Where(t => t.UserId == userId && t.Purpose == purpose && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
    }

    private static byte[]? Hash(string token)
    {
        Span<byte> secret = stackalloc byte[TokenBytes];
        try
        {
            return token.Length == Base64Url.GetEncodedLength(TokenBytes)
                && Base64Url.TryDecodeFromChars(token, secret, out var written) && written == TokenBytes
                ? SHA256.HashData(secret)
                : null;
        }
        catch (FormatException)
        {
            // Despite its name, TryDecodeFromChars throws when the last character carries non-zero padding bits
            // ("BBBB…B", 43 characters): that is an unusable token like any other, not a 500.
            return null;
        }
    }
}
