namespace StayHub.Framework.Pagination;

/// <summary>A cursor's payload: the position (<c>P</c>) and a fingerprint of the filters it was issued for (<c>S</c>).</summary>
internal sealed record ScopedCursor<T>(T P, string S);
