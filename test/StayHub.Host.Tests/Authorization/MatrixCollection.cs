namespace StayHub.Host.Tests.Authorization;

[CollectionDefinition(Name)]
public sealed class MatrixCollection : ICollectionFixture<MatrixFixture>
{
    public const string Name = "authorization-matrix";
}
