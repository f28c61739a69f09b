using System.Text;
using StayHub.Framework.Errors;
using StayHub.Framework.Pagination;

namespace StayHub.Framework.Tests.Pagination;

public sealed class CursorTests
{
    private sealed record Position(DateTimeOffset CreatedAt, Guid Id);

    [Fact]
    public void Encode_then_Decode_returns_the_same_position()
    {
        var position = new Position(new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero), Guid.CreateVersion7());

        var cursor = Cursor.Encode(position);

        Cursor.Decode<Position>(cursor).ShouldBe(position);
    }

    private sealed record Filters(string? Status, Guid? ListingId);

    [Fact]
    public void A_scoped_cursor_reads_back_under_the_same_filters_only()
    {
        var id = Guid.CreateVersion7();
        var confirmed = new Filters("confirmed", null);

        var cursor = Cursor.Encode<Guid?>(id, confirmed);

        Cursor.Decode<Guid?>(cursor, new Filters("confirmed", null)).ShouldBe(id);
        Should.Throw<RequestValidationException>(() => Cursor.Decode<Guid?>(cursor, new Filters("cancelled", null)))
            .Errors.Keys.ShouldBe(["cursor"]);
        Should.Throw<RequestValidationException>(() => Cursor.Decode<Guid?>(cursor, new Filters("confirmed", Guid.NewGuid())));
        Cursor.Decode<Guid?>(null, confirmed).ShouldBeNull();
    }

    [Fact]
    public void A_bare_position_is_not_accepted_where_a_scoped_cursor_is_expected()
    {
        var bare = Cursor.Encode<Guid?>(Guid.CreateVersion7());

        Should.Throw<RequestValidationException>(() => Cursor.Decode<Guid?>(bare, new Filters(null, null)));
    }

    [Fact]
    public void Encode_is_url_safe_and_opaque()
    {
        // Enough bytes that standard base64 would need '+', '/' or '=' somewhere.
        var cursor = Cursor.Encode(new Position(DateTimeOffset.UnixEpoch, Guid.Parse("fbffffff-ffff-ffff-ffff-fffffffffffe")));

        cursor.ShouldNotContain('+');
        cursor.ShouldNotContain('/');
        cursor.ShouldNotContain('=');
        cursor.ShouldNotContain("Id");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Decode_of_no_cursor_is_the_first_page(string? cursor)
    {
        Cursor.Decode<Position>(cursor).ShouldBeNull();
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("%%%")]
    [InlineData("a")]
    public void Decode_of_invalid_base64_is_a_validation_error_on_cursor(string cursor)
    {
        var ex = Should.Throw<RequestValidationException>(() => Cursor.Decode<Position>(cursor));

        ex.Errors.Keys.ShouldBe(["cursor"]);
    }

    [Fact]
    public void Decode_of_base64_that_is_not_json_is_a_validation_error_on_cursor()
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("not json")).TrimEnd('=');

        var ex = Should.Throw<RequestValidationException>(() => Cursor.Decode<Position>(cursor));

        ex.Errors.Keys.ShouldBe(["cursor"]);
    }

    [Fact]
    public void Decode_of_json_in_the_wrong_shape_is_a_validation_error_on_cursor()
    {
        var cursor = Cursor.Encode(new { CreatedAt = "yesterday", Id = 42 });

        var ex = Should.Throw<RequestValidationException>(() => Cursor.Decode<Position>(cursor));

        ex.Errors.Keys.ShouldBe(["cursor"]);
        ex.Code.ShouldBe("validation_failed");
    }

    [Fact]
    public void ClampPageSize_defaults_to_20()
    {
        Cursor.ClampPageSize(null).ShouldBe(20);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(100)]
    public void ClampPageSize_accepts_sizes_within_bounds(int size)
    {
        Cursor.ClampPageSize(size).ShouldBe(size);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(int.MaxValue)]
    public void ClampPageSize_rejects_sizes_out_of_bounds_on_pageSize(int size)
    {
        var ex = Should.Throw<RequestValidationException>(() => Cursor.ClampPageSize(size));

        ex.Errors.Keys.ShouldBe(["pageSize"]);
        ex.Errors["pageSize"].ShouldHaveSingleItem().ShouldContain("100");
    }
}
