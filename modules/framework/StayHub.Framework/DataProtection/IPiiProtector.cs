namespace StayHub.Framework.DataProtection;

/// <summary>Encrypts personal data (phone numbers, payout details) for storage; every node shares the key ring.</summary>
public interface IPiiProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedValue);
}
