namespace StayHub.Framework.Contracts;

/// <summary>Paging limits shared by every list endpoint.</summary>
public static class Paging
{
    /// <summary>Page size used when the client gives none.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Largest page size a client may ask for.</summary>
    public const int MaxPageSize = 100;
}
