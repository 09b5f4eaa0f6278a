<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App::Headless</name>
    <message>
        <location filename="../app/headless.cpp" line="+46"/>
        <source>Unknown resource &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>warning: TLS certificates are not verified for cloud &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App::Options</name>
    <message>
        <location filename="../app/options.cpp" line="+25"/>
        <source>StackDeck: a desktop console for OpenStack + Ceph + KVM clouds.

Without a command it opens the window. Commands:
  export RESOURCE   print what a tab shows, as CSV or JSON

Resources: projects, catalog (more as tabs are built).
Clouds are read from clouds.yaml / secure.yaml and OS_* variables, as the openstack command does.

Exit status: 0 success, 1 the cloud refused or failed, 2 bad usage or configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud of clouds.yaml to use (default: OS_CLOUD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on this tab: projects, instances, volumes, topology, security, aggregates, hypervisors, ceph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the tab, save a PNG of the window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export: csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export: resources of every project (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export cross-layer: only what disagrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[resource]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown command &quot;%1&quot;; the command is: export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: stackdeck [--os-cloud NAME] export RESOURCE [--all-projects] [--format csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown format &quot;%1&quot;; use csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--screenshot needs a file name ending in .png</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core::Format</name>
    <message>
        <location filename="../src/core/format.cpp" line="+25"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+4"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+4"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::CatalogModel</name>
    <message>
        <location filename="../src/models/catalogmodel.cpp" line="+64"/>
        <source>Service Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::ProjectListModel</name>
    <message>
        <location filename="../src/models/projectlistmodel.cpp" line="+40"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models::RequestLogModel</name>
    <message>
        <location filename="../src/models/requestlogmodel.cpp" line="+72"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack::CloudConfig</name>
    <message>
        <location filename="../src/openstack/client/cloudconfig.cpp" line="+135"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the top level must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <source>No cloud is configured: no clouds.yaml was found and no OS_* variables are set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several clouds are configured; choose one with --os-cloud or OS_CLOUD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cloud &quot;%1&quot; not found: no clouds are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud &quot;%1&quot; not found; known clouds: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack::Connector</name>
    <message>
        <location filename="../src/openstack/client/connector.cpp" line="+73"/>
        <source>Cloud &quot;%1&quot; has no password: put it in secure.yaml or OS_PASSWORD, or log in once in the window and tick &quot;Remember&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Login to cloud &quot;%1&quot; cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack::FieldReader</name>
    <message>
        <location filename="../src/openstack/client/jsonfields.cpp" line="+107"/>
        <source>%1%2 lacks required field(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The response has no &quot;%1&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack::Http</name>
    <message>
        <location filename="../src/openstack/client/httputil.cpp" line="+66"/>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack::Microversion</name>
    <message>
        <location filename="../src/openstack/client/microversion.cpp" line="+46"/>
        <source>The version document is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The version document lists no versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack::PagedJob</name>
    <message>
        <location filename="../src/openstack/client/pagedjob.cpp" line="+109"/>
        <source>the service keeps returning the same next page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack::RestJob</name>
    <message>
        <location filename="../src/openstack/client/restjob.cpp" line="+92"/>
        <location line="+35"/>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 supports API %2–%3; StackDeck needs %4–%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the response is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the response is not valid JSON (%1 at byte %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack::ServiceCatalog</name>
    <message>
        <location filename="../src/openstack/client/catalog.cpp" line="+39"/>
        <source>A catalog entry has no service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The catalog has no %1 endpoint for interface &quot;%2&quot; in region &quot;%3&quot; (it offers: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenStack::Session</name>
    <message>
        <location filename="../src/openstack/client/session.cpp" line="+54"/>
        <source>Keystone&apos;s token response is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keystone&apos;s answer has no X-Subject-Token header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keystone&apos;s token lacks its user or a valid expires_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+204"/>
        <source>An application credential is bound to its own project and cannot switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cloud &quot;%1&quot;: no password or secret is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cloud &quot;%1&quot; has no valid auth_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cloud &quot;%1&quot;: Keystone refused the credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cloud &quot;%1&quot;: Keystone at %2 did not answer within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Cloud &quot;%1&quot;: the user has no role on any enabled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not connected to cloud &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::AggregatesPage</name>
    <message>
        <location filename="../ui/aggregates/aggregatespage.h" line="+14"/>
        <location line="+4"/>
        <source>Aggregates &amp; Zones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::CephPage</name>
    <message>
        <location filename="../ui/ceph/cephpage.h" line="+14"/>
        <location line="+4"/>
        <source>Ceph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::HypervisorsPage</name>
    <message>
        <location filename="../ui/hypervisors/hypervisorspage.h" line="+14"/>
        <location line="+4"/>
        <source>Hypervisors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::InstancesPage</name>
    <message>
        <location filename="../ui/instances/instancespage.h" line="+14"/>
        <location line="+4"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::LoginDialog</name>
    <message>
        <location filename="../ui/dialogs/logindialog.cpp" line="+18"/>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The system keychain is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+37"/>
        <source>Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ TLS certificates are NOT verified for this cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+124"/>
        <location line="+34"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-151"/>
        <source>%n failed request(s) — see View ▸ Request Log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload Cloud Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About StackDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About StackDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;StackDeck %1&lt;/h3&gt;&lt;p&gt;A desktop console for OpenStack, Ceph and KVM clouds.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No cloud configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keychain unavailable: passwords are not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::NoCloudPage</name>
    <message>
        <location filename="../ui/mainwindow/nocloudpage.cpp" line="+19"/>
        <source>Look Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h2&gt;No cloud configured&lt;/h2&gt;&lt;p&gt;StackDeck reads the same &lt;code&gt;clouds.yaml&lt;/code&gt; as the &lt;code&gt;openstack&lt;/code&gt; command. Add your cloud to &lt;code&gt;~/.config/openstack/clouds.yaml&lt;/code&gt;, for example:&lt;/p&gt;&lt;pre&gt;clouds:
  mycloud:
    auth:
      auth_url: https://keystone.example.com:5000/v3
      username: admin
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne&lt;/pre&gt;&lt;p&gt;Keep the password out of that file: StackDeck asks for it and can keep it in the system keychain, or reads it from &lt;code&gt;secure.yaml&lt;/code&gt; or &lt;code&gt;OS_PASSWORD&lt;/code&gt;. Setting &lt;code&gt;OS_AUTH_URL&lt;/code&gt; and the other &lt;code&gt;OS_*&lt;/code&gt; variables works too. To try StackDeck on a demo cloud started on this machine, run &lt;code&gt;tests/cloud/localcloud up&lt;/code&gt; from the source tree.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Looked in:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/common/placeholderpage.cpp" line="+18"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;This tab is not built yet. It will show live data from the cloud once it is; until then it shows nothing rather than invented data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::ProjectsPage</name>
    <message>
        <location filename="../ui/projects/projectspage.h" line="+24"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/projects/projectspage.cpp" line="+29"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope every tab to the selected project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copy Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not load projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::RequestLogPanel</name>
    <message>
        <location filename="../ui/mainwindow/requestlogpanel.cpp" line="+32"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::SecurityPage</name>
    <message>
        <location filename="../ui/security/securitypage.h" line="+14"/>
        <location line="+4"/>
        <source>Security Rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TablePanel</name>
    <message>
        <location filename="../ui/common/tablepanel.cpp" line="+32"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>Displaying %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displaying %1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::TopologyPage</name>
    <message>
        <location filename="../ui/topology/topologypage.h" line="+14"/>
        <location line="+4"/>
        <source>Network Topology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ui::VolumesPage</name>
    <message>
        <location filename="../ui/volumes/volumespage.h" line="+14"/>
        <location line="+4"/>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
