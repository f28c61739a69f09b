namespace StayHub.Host.Tests.Authorization;

/// <summary>The table reader: a cell it cannot read stops the matrix with the line, instead of being skipped.</summary>
public sealed class AuthorizationMatrixTableTests
{
    private const string Header = "| operation | anonymous | guest | other guest | host | other host | admin | notes |";

    [Fact]
    public void Rows_are_read_with_their_cells_codes_and_line_and_prose_is_skipped()
    {
        var rows = AuthorizationMatrixTable.Parse([
            "# Authorization matrix",
            Header,
            "|---|---|---|---|---|---|---|---|",
            "| GetBooking | 401 | 2xx | 404 | 2xx | 404 | 2xx | the guest's booking |",
            "| BecomeHost | 401 | 2xx | 2xx | 409 identity.already_in_role | 409 identity.already_in_role | 2xx | own account |",
        ]);

        rows.Select(r => r.OperationId).ShouldBe(["GetBooking", "BecomeHost"]);
        rows[0].Line.ShouldBe(4);
        rows[0].Cells[MatrixCaller.OtherGuest].ShouldBe(new MatrixExpectation(404, null));
        rows[0].Cells[MatrixCaller.Admin].IsSuccess.ShouldBeTrue();
        rows[1].Cells[MatrixCaller.Host].ShouldBe(new MatrixExpectation(409, "identity.already_in_role"));
        rows[1].Notes.ShouldBe("own account");
    }

    [Theory]
    [InlineData("| GetBooking | 401 | 2xx | 404 | 2xx | 404 | ok | notes |", "'ok' is not a status")]
    [InlineData("| GetBooking | 401 | 2xx | 404 | 2xx | 404 | notes |", "this one 7")]
    [InlineData("| GetBooking | 401 | 2xx 200 | 404 | 2xx | 404 | 2xx | notes |", "'2xx' takes no code")]
    [InlineData("| GetBooking | 401 | 99 | 404 | 2xx | 404 | 2xx | notes |", "'99' is not a status")]
    public void A_cell_it_cannot_read_names_its_line(string row, string message)
    {
        var error = Should.Throw<FormatException>(() => AuthorizationMatrixTable.Parse([Header, row]));
        error.Message.ShouldContain(":2:");
        error.Message.ShouldContain(message);
    }

    [Theory]
    [InlineData("2xx", 204, null, true)]
    [InlineData("2xx", 302, null, false)]
    [InlineData("404", 404, "not_found", true)]
    [InlineData("404", 403, "auth.forbidden", false)]
    [InlineData("409 identity.already_in_role", 409, "identity.already_in_role", true)]
    [InlineData("409 identity.already_in_role", 409, "identity.cannot_lock_self", false)]
    public void A_cell_is_met_only_by_its_status_and_code(string cell, int status, string? code, bool met) =>
        MatrixExpectation.Parse(cell).IsMetBy(status, code).ShouldBe(met);
}
