using FluentValidation.TestHelper;
using StayHub.Identity.Application.Users;
using StayHub.Identity.Contracts;

namespace StayHub.Identity.Tests.Users;

public sealed class UpdateUserRolesRequestValidatorTests
{
    private static readonly UpdateUserRolesRequestValidator Validator = new();

    [Fact]
    public void Known_roles_in_any_case_and_an_empty_list_pass()
    {
        Validator.TestValidate(new UpdateUserRolesRequest(["guest", " HOST ", "Admin"])).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(new UpdateUserRolesRequest([])).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void An_unknown_role_fails_naming_its_position()
    {
        Validator.TestValidate(new UpdateUserRolesRequest(["host", "owner"])).ShouldHaveValidationErrorFor("Roles[1]");
    }

    [Fact]
    public void A_missing_list_and_an_oversized_one_fail()
    {
        Validator.TestValidate(new UpdateUserRolesRequest(null!)).ShouldHaveValidationErrorFor(x => x.Roles);
        Validator.TestValidate(new UpdateUserRolesRequest([.. Enumerable.Repeat("guest", 7)])).ShouldHaveValidationErrorFor(x => x.Roles);
    }
}
