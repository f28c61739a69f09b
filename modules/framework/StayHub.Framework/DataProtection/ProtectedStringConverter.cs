using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StayHub.Framework.DataProtection;

/// <summary>A column stored encrypted and read decrypted (authenticated encryption, random IV: not searchable).</summary>
public sealed class ProtectedStringConverter(IPiiProtector protector)
    : ValueConverter<string, string>(v => protector.Protect(v), v => protector.Unprotect(v));
