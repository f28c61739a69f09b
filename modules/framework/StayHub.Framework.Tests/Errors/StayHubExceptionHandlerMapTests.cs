using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StayHub.Framework.Errors;
using StayHub.Framework.Http.Errors;

namespace StayHub.Framework.Tests.Errors;

public sealed class StayHubExceptionHandlerMapTests
{
    private static string? Code(ProblemDetails problem) => problem.Extensions["code"] as string;

    private static IReadOnlyDictionary<string, string[]> Errors(ProblemDetails problem) =>
        problem.Extensions["errors"].ShouldBeAssignableTo<IReadOnlyDictionary<string, string[]>>().ShouldNotBeNull();

    private static PostgresException Postgres(string sqlState, string message = "duplicate key value violates unique constraint \"ix_users_email\"") =>
        new(message, "ERROR", "ERROR", sqlState);

    [Fact]
    public void RequestValidationException_is_400_validation_failed_with_its_errors()
    {
        var problem = StayHubExceptionHandler.Map(new RequestValidationException(new Dictionary<string, string[]>
        {
            ["checkIn"] = ["Check-in must be in the future."],
            ["guests"] = ["At least one guest.", "At most ten guests."],
        }));

        problem.Status.ShouldBe(400);
        Code(problem).ShouldBe("validation_failed");
        var errors = Errors(problem);
        errors.Keys.ShouldBe(["checkIn", "guests"], ignoreOrder: true);
        errors["guests"].ShouldBe(["At least one guest.", "At most ten guests."]);
    }

    [Fact]
    public void FluentValidation_exception_is_400_validation_failed_with_camelCase_fields_grouped()
    {
        var problem = StayHubExceptionHandler.Map(new FluentValidation.ValidationException(
        [
            new ValidationFailure("CheckIn", "Check-in is required."),
            new ValidationFailure("GuestCount", "At least one guest."),
            new ValidationFailure("GuestCount", "At most ten guests."),
        ]));

        problem.Status.ShouldBe(400);
        Code(problem).ShouldBe("validation_failed");
        var errors = Errors(problem);
        errors.Keys.ShouldBe(["checkIn", "guestCount"], ignoreOrder: true);
        errors["guestCount"].ShouldBe(["At least one guest.", "At most ten guests."]);
    }

    [Fact]
    public void FluentValidation_exception_camelCases_every_segment_of_a_nested_path_like_the_filter()
    {
        var problem = StayHubExceptionHandler.Map(new FluentValidation.ValidationException(
        [
            new ValidationFailure("Address.City", "City is required."),
            new ValidationFailure("Items[0].Name", "Name is required."),
        ]));

        Errors(problem).Keys.ShouldBe(["address.city", "items[0].name"], ignoreOrder: true);
    }

    [Fact]
    public void NotFoundException_is_404_not_found_naming_the_resource()
    {
        var problem = StayHubExceptionHandler.Map(new NotFoundException("Booking"));

        problem.Status.ShouldBe(404);
        Code(problem).ShouldBe("not_found");
        problem.Detail.ShouldBe("Booking was not found.");
    }

    [Fact]
    public void ConflictException_is_409_with_its_own_code_and_message()
    {
        var problem = StayHubExceptionHandler.Map(new ConflictException("booking.dates_unavailable", "The dates are taken."));

        problem.Status.ShouldBe(409);
        Code(problem).ShouldBe("booking.dates_unavailable");
        problem.Detail.ShouldBe("The dates are taken.");
    }

    [Fact]
    public void ForbiddenException_is_403_auth_forbidden()
    {
        var problem = StayHubExceptionHandler.Map(new ForbiddenException());

        problem.Status.ShouldBe(403);
        Code(problem).ShouldBe("auth.forbidden");
    }

    [Theory]
    [InlineData(ErrorKind.BadRequest, 400)]
    [InlineData(ErrorKind.Unauthorized, 401)]
    [InlineData(ErrorKind.Forbidden, 403)]
    [InlineData(ErrorKind.NotFound, 404)]
    [InlineData(ErrorKind.Conflict, 409)]
    [InlineData(ErrorKind.Unprocessable, 422)]
    [InlineData(ErrorKind.TooLarge, 413)]
    [InlineData(ErrorKind.UnsupportedMediaType, 415)]
    public void Each_error_kind_maps_to_its_status_keeping_the_code(ErrorKind kind, int status)
    {
        var problem = StayHubExceptionHandler.Map(new StayHubException(kind, "module.some_code", "Safe message."));

        problem.Status.ShouldBe(status);
        Code(problem).ShouldBe("module.some_code");
        problem.Detail.ShouldBe("Safe message.");
    }

    [Fact]
    public void BadHttpRequest_413_is_request_too_large()
    {
        var problem = StayHubExceptionHandler.Map(new BadHttpRequestException("Request body too large.", 413));

        problem.Status.ShouldBe(413);
        Code(problem).ShouldBe("request.too_large");
    }

    [Fact]
    public void BadHttpRequest_caused_by_json_is_400_request_malformed()
    {
        var problem = StayHubExceptionHandler.Map(new BadHttpRequestException("Failed to read parameter", 400, new JsonException("'}' is invalid")));

        problem.Status.ShouldBe(400);
        Code(problem).ShouldBe("request.malformed");
        problem.Detail.ShouldNotBeNull().ShouldNotContain("'}' is invalid");
    }

    [Fact]
    public void BadHttpRequest_415_is_unsupported_media_type()
    {
        var problem = StayHubExceptionHandler.Map(new BadHttpRequestException("Expected a supported JSON media type but got \"text/plain\".", 415));

        problem.Status.ShouldBe(415);
        Code(problem).ShouldBe("request.unsupported_media_type");
    }

    [Fact]
    public void Other_BadHttpRequest_keeps_its_4xx_status_without_echoing_the_message()
    {
        var problem = StayHubExceptionHandler.Map(new BadHttpRequestException("Required parameter \"Guid id\" was not provided from route.", 404));

        problem.Status.ShouldBe(404);
        Code(problem).ShouldBe("request.malformed");
        problem.Detail.ShouldNotBeNull().ShouldNotContain("Guid id");
    }

    [Fact]
    public void Unique_violation_is_409_conflict_duplicate()
    {
        var problem = StayHubExceptionHandler.Map(Postgres(PostgresErrorCodes.UniqueViolation));

        problem.Status.ShouldBe(409);
        Code(problem).ShouldBe("conflict.duplicate");
        problem.Detail.ShouldNotBeNull().ShouldNotContain("ix_users_email");
    }

    [Fact]
    public void Exclusion_violation_is_409_conflict()
    {
        var problem = StayHubExceptionHandler.Map(Postgres("23P01", "conflicting key value violates exclusion constraint \"ex_bookings_dates\""));

        problem.Status.ShouldBe(409);
        Code(problem).ShouldBe("conflict");
        problem.Detail.ShouldNotBeNull().ShouldNotContain("ex_bookings_dates");
    }

    [Theory]
    [InlineData("23505", "conflict.duplicate")]
    [InlineData("23P01", "conflict")]
    [InlineData("40001", "conflict")]
    [InlineData("40P01", "conflict")]
    public void Postgres_conflicts_wrapped_by_EF_Core_are_409(string sqlState, string code)
    {
        var problem = StayHubExceptionHandler.Map(new DbUpdateException("An error occurred while saving the entity changes.", Postgres(sqlState)));

        problem.Status.ShouldBe(409);
        Code(problem).ShouldBe(code);
    }

    [Theory]
    [InlineData("42P01")]
    [InlineData("23503")]
    public void Other_postgres_errors_are_500_without_leaking_the_server_message(string sqlState)
    {
        var problem = StayHubExceptionHandler.Map(new DbUpdateException("save failed", Postgres(sqlState, "relation \"booking.secret_table\" does not exist")));

        problem.Status.ShouldBe(500);
        Code(problem).ShouldBe("internal_error");
        problem.Detail.ShouldNotBeNull().ShouldNotContain("secret_table");
    }

    [Fact]
    public void DbUpdateException_without_postgres_cause_is_500()
    {
        var problem = StayHubExceptionHandler.Map(new DbUpdateConcurrencyException("The database operation was expected to affect 1 row(s)."));

        problem.Status.ShouldBe(500);
        Code(problem).ShouldBe("internal_error");
    }

    [Fact]
    public void Unexpected_exception_is_500_internal_error_revealing_nothing()
    {
        var problem = StayHubExceptionHandler.Map(new InvalidOperationException("Connection string Host=db;Password=hunter2 is wrong"));

        problem.Status.ShouldBe(500);
        Code(problem).ShouldBe("internal_error");
        problem.Title.ShouldNotBeNull().ShouldNotContain("hunter2");
        problem.Detail.ShouldNotBeNull().ShouldNotContain("hunter2");
        problem.Detail.ShouldNotContain("Connection string");
        problem.Extensions.Keys.ShouldBe(["code"]);
    }

    [Fact]
    public void Cancelled_request_is_499_not_500()
    {
        var problem = StayHubExceptionHandler.Map(new OperationCanceledException());

        problem.Status.ShouldBe(499);
        Code(problem).ShouldBe("request.cancelled");
    }

    [Fact]
    public void Every_problem_carries_a_status_and_title()
    {
        Exception[] exceptions =
        [
            new NotFoundException("Listing"),
            new BadHttpRequestException("bad", 413),
            Postgres("23505"),
            new InvalidOperationException("boom"),
        ];

        foreach (var problem in exceptions.Select(StayHubExceptionHandler.Map))
        {
            problem.Status.ShouldNotBeNull();
            problem.Title.ShouldNotBeNullOrWhiteSpace();
        }
    }
}
