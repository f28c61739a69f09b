namespace StayHub.Framework.DataProtection;

/// <summary>For design-time tools only: the model shape does not depend on the key.</summary>
public sealed class DesignTimePiiProtector : IPiiProtector
{
    public string Protect(string plaintext) => plaintext;

    public string Unprotect(string protectedValue) => protectedValue;
}
