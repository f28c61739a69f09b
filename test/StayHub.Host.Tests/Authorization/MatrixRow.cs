namespace StayHub.Host.Tests.Authorization;

/// <summary>One operation's row of the matrix: the expected answer per caller, and why (the table's last column).</summary>
public sealed record MatrixRow(string OperationId, IReadOnlyDictionary<MatrixCaller, MatrixExpectation> Cells, string Notes, int Line);
