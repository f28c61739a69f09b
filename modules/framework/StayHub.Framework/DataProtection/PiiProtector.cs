using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StayHub.Framework.DataProtection;

/// <summary>Encrypts personal data (phone numbers, payout details) for storage; every node shares the key ring.</summary>
public interface IPiiProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedValue);
}

internal sealed class PiiProtector(IDataProtectionProvider provider) : IPiiProtector
{
    // The purpose string versions the ciphertext format; changing it would orphan stored values.
    private readonly IDataProtector protector = provider.CreateProtector("StayHub.PersonalData.v1");

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string Unprotect(string protectedValue) => protector.Unprotect(protectedValue);
}

/// <summary>A column stored encrypted and read decrypted (authenticated encryption, random IV: not searchable).</summary>
public sealed class ProtectedStringConverter(IPiiProtector protector)
    : ValueConverter<string, string>(v => protector.Protect(v), v => protector.Unprotect(v));

/// <summary>Contexts with encrypted columns expose their protector, so the model (which holds the converter) is per protector.</summary>
public interface IHasPiiProtector
{
    IPiiProtector PiiProtector { get; }
}

/// <summary>
/// EF Core caches one model per context type; a converter captured in it would leak one host's protector into
/// another host in the same process (tests, or two hosts side by side). Keying the cache by protector avoids that.
/// </summary>
public sealed class ProtectorAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is IHasPiiProtector owner
            ? (context.GetType(), owner.PiiProtector, designTime)
            : (context.GetType(), designTime);
}

/// <summary>For design-time tools only: the model shape does not depend on the key.</summary>
public sealed class DesignTimePiiProtector : IPiiProtector
{
    public string Protect(string plaintext) => plaintext;

    public string Unprotect(string protectedValue) => protectedValue;
}
