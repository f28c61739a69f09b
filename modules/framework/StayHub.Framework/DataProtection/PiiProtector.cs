using Microsoft.AspNetCore.DataProtection;

namespace StayHub.Framework.DataProtection;

internal sealed class PiiProtector(IDataProtectionProvider provider) : IPiiProtector
{
    // The purpose string versions the ciphertext format; changing it would orphan stored values.
    private readonly IDataProtector protector = provider.CreateProtector("StayHub.PersonalData.v1");

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string Unprotect(string protectedValue) => protector.Unprotect(protectedValue);
}
