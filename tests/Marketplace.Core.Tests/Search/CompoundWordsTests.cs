using Marketplace.Search;
using Marketplace.Search.SearchCatalogue;

namespace Marketplace.Core.Tests.Search;

public sealed class CompoundWordsTests
{
    private static readonly CompoundWords Known = new(["Thanh long", "Dragon fruit", "Bình Thuận", "Gạo, ngũ cốc và các loại hạt", "Cà phê, trà và ca cao", "Hồ Chí Minh", "Gạo"]);

    [Fact]
    public void Names_that_list_several_things_give_one_compound_per_thing()
    {
        Assert.Equal(["ngu coc", "cac loai hat"], Known.In(["ngũ cốc, các loại hạt"]));
        Assert.Equal(["ca phe", "ca cao"], Known.In(["ca phe hay ca cao"]));
        Assert.DoesNotContain("gao ngu coc va cac loai hat", Known.In(["gạo ngũ cốc và các loại hạt"]));
    }

    [Fact]
    public void Compounds_are_found_however_they_are_typed_and_in_every_alternative()
    {
        Assert.Equal(["thanh long", "binh thuan"], Known.In(["THANH LONG Bình Thuận loại 1"]));
        Assert.Equal(["ho chi minh", "dragon fruit"], Known.In(["giao Hồ Chí Minh", "Dragon-fruit"]));
        Assert.Empty(Known.In(["long thanh", null, string.Empty]));
        Assert.Empty(CompoundWords.Empty.In(["thanh long"]));
    }

    [Fact]
    public void Word_groups_take_the_longest_compound_first_and_never_overlap()
    {
        var groups = WordGroups.Split(["thanh", "long", "binh", "thuan", "do"], [["thanh", "long"], ["long", "binh"], ["binh", "thuan"]]);
        Assert.Equal([["thanh", "long"], ["binh", "thuan"], ["do"]], groups);

        var longest = WordGroups.Split(["ho", "chi", "minh"], [["ho", "chi"], ["ho", "chi", "minh"]]);
        Assert.Equal([["ho", "chi", "minh"]], longest);
    }
}
