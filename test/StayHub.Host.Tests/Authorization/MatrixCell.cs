using StayHub.Host.Tests.Fuzzing;

namespace StayHub.Host.Tests.Authorization;

/// <summary>One cell being checked: which operation (as the OpenAPI document describes it), who calls, and the world.</summary>
public sealed record MatrixCell(MatrixWorld World, MatrixCaller Caller, FuzzOperation Operation)
{
    public override string ToString() => $"{Operation.OperationId} as {Caller}";
}
