<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App::Headless</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
</context>
<context>
    <name>Ceph::RadosCluster</name>
    <message numerus="yes">
        <source>no answer from the Ceph cluster within %n second(s)</source>
        <translation>
            <numerusform>no answer from the Ceph cluster within %n second</numerusform><numerusform>no answer from the Ceph cluster within %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>Core::Format</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform><numerusform>%n weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>Libvirt::Connection</name>
    <message numerus="yes">
        <source>no answer from libvirt within %n second(s); the connection was given up</source>
        <translation>
            <numerusform>no answer from libvirt within %n second; the connection was given up</numerusform><numerusform>no answer from libvirt within %n seconds; the connection was given up</numerusform></translation>
    </message>
</context>
<context>
    <name>Models::LaunchChoices</name>
    <message numerus="yes">
        <source>The project's quota leaves room for %n more instance(s) of flavor %1</source>
        <translation>
            <numerusform>The project's quota leaves room for %n more instance of flavor %1</numerusform><numerusform>The project's quota leaves room for %n more instances of flavor %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Models::ServerBulkAction</name>
    <message numerus="yes">
        <source>%1: %2 of %n instance(s) succeeded.</source>
        <translation>
            <numerusform>%1: %2 of %n instance succeeded.</numerusform><numerusform>%1: %2 of %n instances succeeded.</numerusform></translation>
    </message>
</context>
<context>
    <name>Models::VolumeBacking</name>
    <message numerus="yes">
        <source>Cinder says %1 is available, but %n client(s) have its RBD image open: something uses it without Cinder knowing.</source>
        <translation>
            <numerusform>Cinder says %1 is available, but %n client have its RBD image open: something uses it without Cinder knowing.</numerusform><numerusform>Cinder says %1 is available, but %n clients have its RBD image open: something uses it without Cinder knowing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cinder and Ceph agree: in use, and the image is open by %n client(s).</source>
        <translation>
            <numerusform>Cinder and Ceph agree: in use, and the image is open by %n client.</numerusform><numerusform>Cinder and Ceph agree: in use, and the image is open by %n clients.</numerusform></translation>
    </message>
</context>
<context>
    <name>Models::VolumeRules</name>
    <message numerus="yes">
        <source>The volume has %n snapshot(s); delete them first</source>
        <translation>
            <numerusform>The volume has %n snapshot; delete them first</numerusform><numerusform>The volume has %n snapshots; delete them first</numerusform></translation>
    </message>
</context>
<context>
    <name>OpenStack::Hosts</name>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>At most %n character</numerusform><numerusform>At most %n characters</numerusform></translation>
    </message>
</context>
<context>
    <name>OpenStack::Network::Reachability</name>
    <message numerus="yes">
        <source>%1 can reach %2: %n rule(s) allow it on the way in</source>
        <translation>
            <numerusform>%1 can reach %2: %n rule allow it on the way in</numerusform><numerusform>%1 can reach %2: %n rules allow it on the way in</numerusform></translation>
    </message>
</context>
<context>
    <name>OpenStack::Network::RuleAudit</name>
    <message numerus="yes">
        <source>No findings in %n rule(s)</source>
        <translation>
            <numerusform>No findings in %n rule</numerusform><numerusform>No findings in %n rules</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open to the world</source>
        <translation>
            <numerusform>%n open to the world</numerusform><numerusform>%n open to the world</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n shadowed</source>
        <translation>
            <numerusform>%n shadowed</numerusform><numerusform>%n shadowed</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::AggregatesPage</name>
    <message numerus="yes">
        <source>Metadata of %1: %n key(s) changed</source>
        <translation>
            <numerusform>Metadata of %1: %n key changed</numerusform><numerusform>Metadata of %1: %n keys changed</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::CephPage</name>
    <message numerus="yes">
        <source>%1 — %n OSD(s), %2 of %3 raw used</source>
        <translation>
            <numerusform>%1 — %n OSD, %2 of %3 raw used</numerusform><numerusform>%1 — %n OSDs, %2 of %3 raw used</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) selected</source>
        <translation>
            <numerusform>%n image selected</numerusform><numerusform>%n images selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s) are open by a client (see Watchers); close them first</source>
        <translation>
            <numerusform>%n selected image are open by a client (see Watchers); close them first</numerusform><numerusform>%n selected images are open by a client (see Watchers); close them first</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n operation(s) running…</source>
        <translation>
            <numerusform>%1: %n operation running…</numerusform><numerusform>%1: %n operations running…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) from pool %1 for good? Their data cannot be recovered:</source>
        <translation>
            <numerusform>Delete %n image from pool %1 for good? Their data cannot be recovered:</numerusform><numerusform>Delete %n images from pool %1 for good? Their data cannot be recovered:</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::CephSettingsDialog</name>
    <message numerus="yes">
        <source>Connecting as client.%1 (at most %n second(s))…</source>
        <translation>
            <numerusform>Connecting as client.%1 (at most %n second)…</numerusform><numerusform>Connecting as client.%1 (at most %n seconds)…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %1, %n OSD(s), cluster %2</source>
        <translation>
            <numerusform>Connected: %1, %n OSD, cluster %2</numerusform><numerusform>Connected: %1, %n OSDs, cluster %2</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::CopyRulesDialog</name>
    <message numerus="yes">
        <source>Copy %n rule(s) to these security groups:</source>
        <translation>
            <numerusform>Copy %n rule to these security groups:</numerusform><numerusform>Copy %n rules to these security groups:</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::CrossLayerView</name>
    <message numerus="yes">
        <source>%n row(s) where the layers disagree</source>
        <translation>
            <numerusform>%n row where the layers disagree</numerusform><numerusform>%n rows where the layers disagree</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned RBD image(s)</source>
        <translation>
            <numerusform>%n orphaned RBD image</numerusform><numerusform>%n orphaned RBD images</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::HostDomainsView</name>
    <message numerus="yes">
        <source>%n domain(s) or instance(s) disagree with Nova.</source>
        <translation>
            <numerusform>%n domain or instance disagree with Nova.</numerusform><numerusform>%n domains or instances disagree with Nova.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Force off %n domain(s) on %1? Like pulling the power cord: whatever the guest has not written to disk is lost.</source>
        <translation>
            <numerusform>Force off %n domain on %1? Like pulling the power cord: whatever the guest has not written to disk is lost.</numerusform><numerusform>Force off %n domains on %1? Like pulling the power cord: whatever the guest has not written to disk is lost.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n domain(s) on %2 through libvirt?</source>
        <translation>
            <numerusform>%1 %n domain on %2 through libvirt?</numerusform><numerusform>%1 %n domains on %2 through libvirt?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n domain(s) on %2 …</source>
        <translation>
            <numerusform>%1: %n domain on %2 …</numerusform><numerusform>%1: %n domains on %2 …</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::InstancesPage</name>
    <message numerus="yes">
        <source>Launched %1 (%n instance(s)).</source>
        <translation>
            <numerusform>Launched %1 (%n instance).</numerusform><numerusform>Launched %1 (%n instances).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: sending for %n instance(s)…</source>
        <translation>
            <numerusform>%1: sending for %n instance…</numerusform><numerusform>%1: sending for %n instances…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n instance(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Terminate %n instance? This cannot be undone.</numerusform><numerusform>Terminate %n instances? This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n instance(s)?</source>
        <translation>
            <numerusform>%1 %n instance?</numerusform><numerusform>%1 %n instances?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n volume(s) to %1…</source>
        <translation>
            <numerusform>Attaching %n volume to %1…</numerusform><numerusform>Attaching %n volumes to %1…</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n failed request(s) — see View ▸ Request Log</source>
        <translation>
            <numerusform>%n failed request — see View ▸ Request Log</numerusform><numerusform>%n failed requests — see View ▸ Request Log</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::RbdBackingPane</name>
    <message numerus="yes">
        <source>%n client(s) have it open</source>
        <translation>
            <numerusform>%n client have it open</numerusform><numerusform>%n clients have it open</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::SecurityPage</name>
    <message numerus="yes">
        <source>Delete %n rule(s) from %1?</source>
        <translation>
            <numerusform>Delete %n rule from %1?</numerusform><numerusform>Delete %n rules from %1?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n rule(s)</source>
        <translation>
            <numerusform>Deleted %n rule</numerusform><numerusform>Deleted %n rules</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n copied</source>
        <translation>
            <numerusform>%1: %n copied</numerusform><numerusform>%1: %n copied</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Security group %1 is in use by %n port(s) and cannot be deleted. Users:
%2</source>
        <translation>
            <numerusform>Security group %1 is in use by %n port and cannot be deleted. Users:
%2</numerusform><numerusform>Security group %1 is in use by %n ports and cannot be deleted. Users:
%2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete security group %1 and its %n rule(s)?</source>
        <translation>
            <numerusform>Delete security group %1 and its %n rule?</numerusform><numerusform>Delete security group %1 and its %n rules?</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message numerus="yes">
        <source>Displaying %n item(s)</source>
        <translation>
            <numerusform>Displaying %n item</numerusform><numerusform>Displaying %n items</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::TopologyPage</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n instance(s) collapsed; click the badge to expand.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n instance collapsed; click the badge to expand.&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;%n instances collapsed; click the badge to expand.&lt;/p&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item? This cannot be undone.</numerusform><numerusform>Delete %n items? This cannot be undone.</numerusform></translation>
    </message>
</context>
<context>
    <name>Ui::VolumesPage</name>
    <message numerus="yes">
        <source>Delete %n volume(s)? Their data and RBD images are gone for good.</source>
        <translation>
            <numerusform>Delete %n volume? Their data and RBD images are gone for good.</numerusform><numerusform>Delete %n volumes? Their data and RBD images are gone for good.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Detach %n volume(s)?</source>
        <translation>
            <numerusform>Detach %n volume?</numerusform><numerusform>Detach %n volumes?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Force-delete %n volume(s) whatever their state?</source>
        <translation>
            <numerusform>Force-delete %n volume whatever their state?</numerusform><numerusform>Force-delete %n volumes whatever their state?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s)?</source>
        <translation>
            <numerusform>Delete %n snapshot?</numerusform><numerusform>Delete %n snapshots?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n backup(s)?</source>
        <translation>
            <numerusform>Delete %n backup?</numerusform><numerusform>Delete %n backups?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n succeeded</source>
        <translation>
            <numerusform>%1: %n succeeded</numerusform><numerusform>%1: %n succeeded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) selected: select one to see its RBD image.</source>
        <translation>
            <numerusform>%n volume selected: select one to see its RBD image.</numerusform><numerusform>%n volumes selected: select one to see its RBD image.</numerusform></translation>
    </message>
</context>
</TS>