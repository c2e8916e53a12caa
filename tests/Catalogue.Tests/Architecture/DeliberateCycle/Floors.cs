// Two folders that use each other on purpose, for the test that shows the checker finds such a circle.
namespace Catalogue.Tests.Architecture.DeliberateCycle.Low
{
    internal sealed class Floor
    {
        public High.Roof? Above { get; init; }
    }
}

namespace Catalogue.Tests.Architecture.DeliberateCycle.High
{
    internal sealed class Roof
    {
        public Low.Floor Below { get; } = new();
    }
}
