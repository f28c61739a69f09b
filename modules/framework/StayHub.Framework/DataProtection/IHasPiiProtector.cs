namespace StayHub.Framework.DataProtection;

/// <summary>Contexts with encrypted columns expose their protector, so the model (which holds the converter) is per protector.</summary>
public interface IHasPiiProtector
{
    IPiiProtector PiiProtector { get; }
}
