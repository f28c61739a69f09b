using FluentValidation.TestHelper;
using StayHub.Identity.Application.Users;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Tests.Users;

public sealed class UserListQueryValidatorTests
{
    private static readonly UserListQueryValidator Validator = new();

    private static UserListQuery Empty() => new(null, null, null, null);

    [Fact]
    public void Empty_query_passes()
    {
        Validator.TestValidate(Empty()).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("guest")]
    [InlineData("host")]
    [InlineData("admin")]
    [InlineData("HOST")]
    [InlineData(" Admin ")]
    public void Known_role_passes_in_any_case(string role)
    {
        Validator.TestValidate(Empty() with { Role = role }).ShouldNotHaveValidationErrorFor(x => x.Role);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("hosts")]
    public void Unknown_role_fails_and_names_the_allowed_roles(string role)
    {
        Validator.TestValidate(Empty() with { Role = role })
            .ShouldHaveValidationErrorFor(x => x.Role)
            .WithErrorMessage("Role must be one of: guest, host, admin.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Empty_role_means_no_filter(string role) =>
        Validator.TestValidate(Empty() with { Role = role }).ShouldNotHaveValidationErrorFor(x => x.Role);

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(100)]
    public void Page_size_within_1_to_100_passes(int pageSize)
    {
        Validator.TestValidate(Empty() with { PageSize = pageSize }).ShouldNotHaveValidationErrorFor(x => x.PageSize);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(int.MaxValue)]
    public void Page_size_outside_1_to_100_fails(int pageSize)
    {
        Validator.TestValidate(Empty() with { PageSize = pageSize }).ShouldHaveValidationErrorFor(x => x.PageSize);
    }

    [Fact]
    public void Q_of_256_characters_passes_and_257_fails()
    {
        Validator.TestValidate(Empty() with { Q = new string('q', 256) }).ShouldNotHaveValidationErrorFor(x => x.Q);
        Validator.TestValidate(Empty() with { Q = new string('q', 257) }).ShouldHaveValidationErrorFor(x => x.Q);
    }

    [Fact]
    public void Cursor_of_512_characters_passes_and_513_fails()
    {
        Validator.TestValidate(Empty() with { Cursor = new string('c', 512) }).ShouldNotHaveValidationErrorFor(x => x.Cursor);
        Validator.TestValidate(Empty() with { Cursor = new string('c', 513) }).ShouldHaveValidationErrorFor(x => x.Cursor);
    }

    [Fact]
    public void Several_bad_fields_are_all_reported()
    {
        var result = Validator.TestValidate(new UserListQuery(new string('q', 300), "nope", 0, new string('c', 600)));

        result.Errors.Select(e => e.PropertyName).Distinct().ShouldBe(["Q", "Role", "PageSize", "Cursor"], ignoreOrder: true);
    }
}
