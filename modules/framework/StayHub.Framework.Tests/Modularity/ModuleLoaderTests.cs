using StayHub.Framework.Modularity;

namespace StayHub.Framework.Tests.Modularity;

public sealed class ModuleLoaderTests
{
    [Fact]
    public void Load_orders_dependencies_before_dependents()
    {
        var modules = ModuleLoader.Load([typeof(TopModule)]);

        modules.Select(m => m.GetType()).ShouldBe([typeof(BottomModule), typeof(MiddleModule), typeof(TopModule)]);
    }

    [Fact]
    public void Load_instantiates_a_diamond_dependency_once_and_before_both_branches()
    {
        var modules = ModuleLoader.Load([typeof(DiamondTop)]);

        modules.Select(m => m.GetType()).ShouldBe([typeof(DiamondBase), typeof(DiamondLeft), typeof(DiamondRight), typeof(DiamondTop)]);
    }

    [Fact]
    public void Load_does_not_repeat_a_root_that_another_root_already_pulled_in()
    {
        var modules = ModuleLoader.Load([typeof(TopModule), typeof(BottomModule), typeof(MiddleModule)]);

        modules.Count.ShouldBe(3);
        modules.Select(m => m.GetType()).ShouldBeUnique();
        modules.Select(m => m.GetType()).ShouldBe([typeof(BottomModule), typeof(MiddleModule), typeof(TopModule)]);
    }

    [Fact]
    public void Load_of_no_roots_is_empty()
    {
        ModuleLoader.Load([]).ShouldBeEmpty();
    }

    [Fact]
    public void Load_names_the_cycle()
    {
        var ex = Should.Throw<InvalidOperationException>(() => ModuleLoader.Load([typeof(CycleA)]));

        ex.Message.ShouldBe("Module dependency cycle: CycleA -> CycleB -> CycleC -> CycleA");
    }

    [Fact]
    public void Load_names_only_the_modules_in_the_cycle_not_the_path_leading_to_it()
    {
        var ex = Should.Throw<InvalidOperationException>(() => ModuleLoader.Load([typeof(LeadsIntoCycle)]));

        ex.Message.ShouldBe("Module dependency cycle: CycleA -> CycleB -> CycleC -> CycleA");
    }

    [Fact]
    public void Load_rejects_a_module_that_depends_on_itself()
    {
        var ex = Should.Throw<InvalidOperationException>(() => ModuleLoader.Load([typeof(SelfDependent)]));

        ex.Message.ShouldBe("Module dependency cycle: SelfDependent -> SelfDependent");
    }

    [Fact]
    public void Load_rejects_a_root_that_is_not_a_module()
    {
        var ex = Should.Throw<InvalidOperationException>(() => ModuleLoader.Load([typeof(string)]));

        ex.Message.ShouldBe("System.String is not a concrete StayHubModule.");
    }

    [Fact]
    public void Load_rejects_a_dependency_that_is_not_a_module()
    {
        var ex = Should.Throw<InvalidOperationException>(() => ModuleLoader.Load([typeof(DependsOnNonModule)]));

        ex.Message.ShouldContain(typeof(Uri).FullName!);
    }

    [Fact]
    public void Load_rejects_an_abstract_module()
    {
        var ex = Should.Throw<InvalidOperationException>(() => ModuleLoader.Load([typeof(AbstractModule)]));

        ex.Message.ShouldContain(nameof(AbstractModule));
    }

    internal sealed class BottomModule : StayHubModule;

    internal sealed class MiddleModule : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(BottomModule)];
    }

    internal sealed class TopModule : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(MiddleModule)];
    }

    internal sealed class DiamondBase : StayHubModule;

    internal sealed class DiamondLeft : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(DiamondBase)];
    }

    internal sealed class DiamondRight : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(DiamondBase)];
    }

    internal sealed class DiamondTop : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(DiamondLeft), typeof(DiamondRight)];
    }

    internal sealed class CycleA : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(CycleB)];
    }

    internal sealed class CycleB : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(CycleC)];
    }

    internal sealed class CycleC : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(CycleA)];
    }

    internal sealed class LeadsIntoCycle : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(CycleA)];
    }

    internal sealed class SelfDependent : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(SelfDependent)];
    }

    internal sealed class DependsOnNonModule : StayHubModule
    {
        public override IReadOnlyList<Type> DependsOn => [typeof(Uri)];
    }

    internal abstract class AbstractModule : StayHubModule;
}
