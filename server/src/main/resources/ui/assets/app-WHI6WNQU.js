var A,je,Xt,B,ge,ae,qe,re,Ge,$e,be,Zt,J=Symbol.for("pv"),se={},ie=[],Qt=/^m(i|n|o|s|text|space)$/,ve=Array.isArray,le=ie.slice,W=Object.assign;function q(e){e&&e.parentNode&&e.remove()}function Ke(e,t,r){var n,a,o,s={},i=arguments.length;for(o in t)o=="key"?n=t[o]:o=="ref"&&typeof e!="function"?a=t[o]:s[o]=t[o];return i>2&&(s.children=i>3?le.call(arguments,2):r),K(e,s,n,a,null)}function Ve(e,t,r){var n,a,o,s=W({},e.props),i=arguments.length;for(o in t)o=="key"?n=t[o]:o=="ref"&&typeof e.type!="function"?a=t[o]:s[o]=t[o];return i>2&&(s.children=i>3?le.call(arguments,2):r),K(e.type,s,n!==void 0?n:e.key,a!==void 0?a:e.ref,null)}function K(e,t,r,n,a){var o={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:J,__v:a||++je,__i:-1,__u:0};return!a&&A.vnode&&A.vnode(o),o}function ce(e){return e.children}function oe(e,t){this.props=e,this.context=t,this.__g=0}function j(e,t){if(t==null)return e.__&&j(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:j(e)}function er(e){var t,r=e.__v,n=r.__e,a=[],o=[],s=e.__P;s&&((t=W({constructor:J},r)).__v=r.__v+1,A.vnode&&A.vnode(t),ye(s,t,r,e.__n,s.namespaceURI,32&r.__u?[n]:null,a,n||j(r),32&r.__u,o),t.__v=r.__v,t.__.__k[t.__i]=t,et(a,t,o),r.__=r.__e=null,t.__e!=n&&Je(t))}function Je(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Je(e)}function Be(e){(8&e.__g||(e.__g|=8,B.push(e),ae++))&&ge==A.debounceRendering||((ge=A.debounceRendering)||queueMicrotask)(Ye)}function Ye(){try{for(var e,t=1;B.length;)B.length>t&&B.sort(qe),e=B.shift(),t=B.length,8&e.__g&&er(e)}finally{(ae=B.length)&&(ge||queueMicrotask)(Ye)}}function Xe(e,t,r,n,a,o,s,i,l,p,d){var f,_,c,h,g,m,y=n.__k||ie,v=t.length;for(l=tr(r,t,y,l,v),f=0;f<v;f++)(c=r.__k[f])!=null&&(_=~c.__i&&y[c.__i]||se,c.__i=f,m=ye(e,c,_,a,o,s,i,l,p,d),h=c.__e,(_.ref!=c.ref||8&_.__u)&&(_.ref&&we(_.ref,null,c,_),c.ref&&d.push(c.ref,c.__c||h,c)),g=g||h,4&c.__u?(l=Ze(c,l,e,!_.__v),_.__e&&(_.__e=null)):typeof c.type=="function"&&m!==void 0?l=m:h&&(l=h.nextSibling),c.__u&=-21);return r.__e=g,l}function tr(e,t,r,n,a){var o,s,i,l,p,d,f,_,c,h=r.length,g=h,m=0,y=0,v=e.__k=Array(a);for(o=0;o<a;o++)(s=t[o])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=v[o]=K(null,s):ve(s)?s=v[o]=K(ce,{children:s}):s.constructor===J&&s.__b?s=v[o]=K(s.type,s.props,s.key,s.ref,s.__v):v[o]=s,l=o+m,s.__=e,s.__b=e.__b+1,i=null,~(p=s.__i=rr(s,r,l,g))&&(g--,(i=r[p])&&(i.__u|=2)),i&&i.__v?(s.__u|=16,p==l-1?m--:p==l+1?m++:p!=l&&(p>l?m--:m++,y=1)):(~p||(a>h?m--:a<h&&m++),typeof s.type!="function"&&(s.__u|=4))):v[o]=null;if(y){for(d=[],f=[],o=0;o<a;o++)if((s=v[o])&&16&s.__u){for(m=0,_=d.length;m<_;)d[c=m+_>>1]<s.__i?m=c+1:_=c;d[m]=s.__i,f[o]=m+1}for(m=d.length;o--;)f[o]&&(f[o]==m?m--:v[o].__u|=4)}if(g)for(o=0;o<h;o++)!(i=r[o])||2&i.__u||(i.__e==n&&(n=j(i)),ke(i,i));return n}function Ze(e,t,r,n){var a,o,s,i;if(typeof e.type=="function"){if(e.props.__P)return t;if(a=e.__k)for(o=0;o<a.length;o++)a[o]&&(a[o].__=e,t=Ze(a[o],t,r,!1));return t}for(t&&!t.parentNode&&(t=j(e))&&!t.parentNode&&(t=null),s=e.__e,i=t;i&&i.nodeType==8;)i=i.nextSibling;for(s!=i&&(!n&&r.moveBefore&&s.parentNode?r.moveBefore(s,t):r.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function rr(e,t,r,n){var a,o=e.key,s=e.type,i=t[r],l=i&&!(2&i.__u);if(i===null&&o==null||l&&o==i.key&&s==i.type)return r;if(n>(l?1:0)){for(a=r-1;a>=0;a--)if((i=t[a])&&!(2&i.__u)&&o==i.key&&s==i.type)return a;for(a=r+1;a<t.length;a++)if((i=t[a])&&!(2&i.__u)&&o==i.key&&s==i.type)return a}return-1}function We(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function te(e,t,r,n,a){var o,s;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||We(e.style,t);if(r)for(t in r)n&&r[t]==n[t]||We(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=r,r&&n||(s=be[t]||(be[t]=or(t)),(e.__a||(e.__a={}))[t]=$e,o=t!=(t=t.replace(Ge,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,s,o):e.removeEventListener(t,s,o));else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function or(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[re]==null)t[re]=$e++;else if(t[re]<this.__a[e])return;return r(A.event?A.event(t):t)}}}function ye(e,t,r,n,a,o,s,i,l,p){var d,f,_,c,h,g,m,y,v,T,S,x,b,w,E,U,F,z,O=t.type;if(t.constructor!==J)return null;128&r.__u&&(l=32&r.__u,d=r.__c.__z)&&(t.__u|=l,f=o=[],d.nodeType==8?i=ne(d,o):o.push(d),i=o[0]||i),(d=A.__b)&&d(t);e:if(typeof O=="function"){_=s.length;try{if(y=t.props,v=(d=O.prototype)&&d.render,T=(d=O.contextType)&&n[d.__c],S=d?T?T.props.value:d.__:n,(c=r.__c)?(t.__c=c,2&c.__g&&(c.__g|=1)):(v?t.__c=c=new O(y,S):(t.__c=c=new oe(y,S),c.constructor=O,c.render=ar),T&&T.sub(c),c.state||(c.state={}),c.__n=n,c.__g|=8,c.__h=[],c.__k=[]),v&&(c.__s||(c.__s=c.state),O.getDerivedStateFromProps&&(c.__s==c.state&&(c.__s=W({},c.__s)),W(c.__s,O.getDerivedStateFromProps(y,c.__s)))),h=c.props,g=c.state,c.__v=t,r.__c){if(y!==h&&v&&!O.getDerivedStateFromProps&&c.componentWillReceiveProps&&c.componentWillReceiveProps(y,S),t.__v==r.__v&&!(8&c.__g)||!(4&c.__g)&&c.shouldComponentUpdate&&c.shouldComponentUpdate(y,c.__s,S)===!1){t.__v!=r.__v&&(c.props=y,c.state=c.__s,c.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(R){R&&(R.__=t)}),ie.push.apply(c.__h,c.__k),c.__k=[],c.__h.length&&s.push(c),i=j(r);break e}c.componentWillUpdate&&c.componentWillUpdate(y,c.__s,S),v&&c.componentDidUpdate&&c.__h.push(function(){c.componentDidUpdate(h,g,m)})}else v&&!O.getDerivedStateFromProps&&c.componentWillMount&&c.componentWillMount(),v&&c.componentDidMount&&c.__h.push(c.componentDidMount);c.context=S,c.props=y,c.__P=e,c.__g&=-5,x=A.__r,b=v?25:0;do c.__g&=-9,x&&x(t),d=c.render(c.props,c.state=c.__s,c.context);while(8&c.__g&&++b<25);v&&(ie.push.apply(c.__h,c.__k),c.__k=[]),c.state=c.__s,c.getChildContext&&(n=W({},n,c.getChildContext())),v&&r.__c&&c.getSnapshotBeforeUpdate&&(m=c.getSnapshotBeforeUpdate(h,g)),w=d&&d.type===ce&&d.key==null?d.props.children:d,y.__P&&(d=i,a=(e=y.__P).namespaceURI,l=o=null,r.props&&r.props.__P!=e&&(r.__k.some(function(R){R&&ke(R,R)}),r.__k=null),i=r.__k?j(r,0):null),i=Xe(e,ve(w)?w:[w],t,r,n,a,o,s,i,l,p),y.__P&&(t.__e=null,i=d),t.__u&=-161,f&&f.some(q),c.__h.length&&s.push(c),1&c.__g&&(c.__g&=-4)}catch(R){if(s.length=_,t.__v=null,l||o)if(R&&R.then){if(t.__u|=128|l,o){for(~(F=o.indexOf(i||void 0))||(F=o.length);(z=o[F-1])&&z.nodeType==8;)F--;for(;F<o.length;F++)if(z=o[F])if(o[F]=null,E){if(z==U)break}else{if(z.nodeType!=8)break;z.data.startsWith("$s")&&(U=ne(E=z))}}if(!E){for(;i&&i.nodeType==8&&i.nextSibling;)i=i.nextSibling;E=i}(d=ne(E=t.__c.__z||(t.__c.__z=E)))?(t.__e=E,i=d):t.__e=i,i=i&&i.nextSibling}else o&&o.some(q);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),R&&R.then||Qe(t),A.__e(R,t,r)}}else i=t.__e=nr(r.__e,t,r,n,a,o,s,l,p,e);return(d=A.diffed)&&d(t),i}function ne(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function Qe(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Qe))}function et(e,t,r){for(var n=0;n<r.length;)we(r[n++],r[n++],r[n++]);A.__c&&A.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(o){o.call(a)})}catch(o){A.__e(o,a.__v)}})}function nr(e,t,r,n,a,o,s,i,l,p){var d,f,_,c,h,g,m,y,v=r.props||se,T=t.props,S=t.type;if(S=="svg"?a="http://www.w3.org/2000/svg":S=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),o){for(d=0;d<o.length;d++)if((h=o[d])&&(S?h.localName==S:h.nodeType==3)){e=h,o[d]=null;break}}if(!e){if(y=p.ownerDocument||document,!S)return y.createTextNode(T);e=y.createElementNS(a,S,T.is?T:p),i&&(A.__m&&A.__m(t,o),i=!1),o=null}if(S){if(p=S=="template"&&e.content||e,o=S=="textarea"&&T.defaultValue!=null?null:o&&le.call(p.childNodes),!i&&o)for(v={},d=0;d<e.attributes.length;d++)v[(h=e.attributes[d]).name]=h.value;for(d in v)h=v[d],d=="dangerouslySetInnerHTML"?_=h:d=="children"||d in T||d=="value"&&"defaultValue"in T||d=="checked"&&"defaultChecked"in T||te(e,d,null,h,a);for(d in T)h=T[d],d=="children"?c=h:d=="dangerouslySetInnerHTML"?f=h:d=="value"?g=h:d=="checked"?m=h:i&&typeof h!="function"||v[d]===h||te(e,d,h,v[d],a);f?(i||_&&(f.__html==_.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[]):(_&&(e.textContent=""),(S=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Qt.test(S))&&(a="http://www.w3.org/1999/xhtml"),Xe(p,ve(c)?c:[c],t,r,n,a,o,s,o?o[0]:r.__k&&j(r,0),i,l),o&&o.some(q)),i&&S!="textarea"||(d="value",S=="progress"&&g==null?e.removeAttribute(d):g==null||g===e[d]&&(S!="progress"||g)||te(e,d,g,v[d],a),d="checked",m!=null&&m!=e[d]&&te(e,d,m,v[d],a))}else v===T||i&&e.data==T||(e.data=T);return e}function we(e,t,r,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(a){A.__e(a,r)}}function ke(e,t,r){var n,a,o,s;if(A.unmount&&A.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||we(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(i){A.__e(i,t)}n.__P=n.__n=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&ke(n[s],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(n=e.__c)&&(n=n.__z)&&(a=ne(n,o=[]))&&(n==e.__e&&o.some(q),q(a),q(n)),r||q(e.__e),e.__e=e.__c=e.__=null}function ar(e,t,r){return this.constructor(e,r)}function tt(e,t){var r,n,a,o;A.__&&A.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(r=e&&32&e.__u)?null:t.__k,t.__k=K(ce,{children:[e]}),a=[],o=[],ye(t,t.__k,n||se,se,t.namespaceURI,n?null:t.firstChild?le.call(t.childNodes):null,a,n?n.__e:t.firstChild,r,o),et(a,t.__k,o),t.__k.props.children=null}A={__e:function(e,t,r,n){for(var a,o,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(o=a.constructor)&&o.getDerivedStateFromError)&&a.setState(o.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,n||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(i){e=i}}throw ae=0,e}},je=0,Xt=function(e){return e!=null&&e.constructor===J},oe.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=W({},this.state)),typeof e=="function"&&(e=e(W({},r),this.props)),e&&(W(r,e),this.__v&&(t&&this.__k.push(t),Be(this)))},oe.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Be(this))},oe.prototype.render=ce,B=[],ae=0,qe=function(e,t){return e.__v.__b-t.__v.__b},re=Symbol(),Ge=/(PointerCapture)$|Capture$/i,$e=0,be={},Zt=0;var ot=function(e,t,r,n){var a;t[0]=0;for(var o=1;o<t.length;o++){var s=t[o++],i=t[o]?(t[0]|=s?1:2,r[t[o++]]):t[++o];s===3?n[0]=i:s===4?n[1]=Object.assign(n[1]||{},i):s===5?(n[1]=n[1]||{})[t[++o]]=i:s===6?n[1][t[++o]]+=i+"":s?(a=e.apply(i,ot(e,i,r,["",null])),n.push(a),i[0]?t[0]|=2:(t[o-2]=0,t[o]=a)):n.push(i)}return n},rt=new Map;function nt(e){var t=rt.get(this);return t||(t=new Map,rt.set(this,t)),(t=ot(this,t.get(e)||(t.set(e,t=(function(r){for(var n,a,o=1,s="",i="",l=[0],p=function(_){o===1&&(_||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?l.push(0,_,s):o===3&&(_||s)?(l.push(3,_,s),o=2):o===2&&s==="..."&&_?l.push(4,_,0):o===2&&s&&!_?l.push(5,0,!0,s):o>=5&&((s||!_&&o===5)&&(l.push(o,0,s,a),o=6),_&&(l.push(o,_,0,a),o=6)),s=""},d=0;d<r.length;d++){d&&(o===1&&p(),p(d));for(var f=0;f<r[d].length;f++)n=r[d][f],o===1?n==="<"?(p(),l=[l],o=3):s+=n:o===4?s==="--"&&n===">"?(o=1,s=""):s=n+s[0]:i?n===i?i="":s+=n:n==='"'||n==="'"?i=n:n===">"?(p(),o=1):o&&(n==="="?(o=5,a=s,s=""):n==="/"&&(o<5||r[d][f+1]===">")?(p(),o===3&&(l=l[0]),o=l,(l=l[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(p(),o=2):s+=n),o===3&&s==="!--"&&(o=4,l=l[0])}return p(),l})(e)),t),arguments,[])).length>1?t:t[0]}var u=nt.bind(Ke);var V,M,xe,at,Te=Object.is,X=0,ft=[],Ce=[],N=A,st=N.__b,it=N.__r,lt=N.diffed,ct=N.__c,ut=N.unmount,dt=N.__;function ue(e,t){N.__h&&N.__h(M,e,X||t),X=0;var r=M.__H||(M.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function $(e){return X=1,sr(bt,e)}function sr(e,t,r){var n=ue(V++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):bt(void 0,t),function(o){var s=(n.__N||n.__)[0],i=n.t(s,o);Te(s,i)||(n.__N=[i,n.__[1]],n.__c.setState({}))}],n.__c=M,!M.__f)){M.__f=!0;var a=M.shouldComponentUpdate;M.shouldComponentUpdate=function(o,s,i){var l=this.__H;if(!l)return!0;var p=!1,d=this.props!=o;if(l.__.some(function(_){_.__N&&(p=!0,Te(_.__[0],_.__N[0])||(d=!0))}),a){var f=a.call(this,o,s,i);return p?f||d:f}return!p||d}}return n.__}function D(e,t){var r=ue(V++,3);!N.__s&&gt(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,M.__H.__h.push(r))}function L(e){return X=5,_t(function(){return{current:e}},[])}function _t(e,t){var r=ue(V++,7);return gt(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function ht(e,t){return X=8,_t(function(){return e},t)}function Ee(){var e=ue(V++,11);if(!e.__){for(var t=M.__v;!t.__m&&t.__;)t=t.__;var r=t.__m||(t.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function ir(){var e;do{for(;e=Ce.shift();)try{Y(e)}catch(r){N.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=ft.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Y),t.__h.some(Se),t.__h=[]}catch(r){t.__h=[],N.__e(r,e.__v)}}}while(Ce.length)}N.__b=function(e){M=null,st&&st(e)},N.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),dt&&dt(e,t)},N.__r=function(e){it&&it(e),V=0;var t=(M=e.__c).__H;t&&(xe==M?M.__h=[]:(t.__h.some(Y),t.__h.some(Se),V=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),xe=M},N.diffed=function(e){lt&&lt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&mt(ft.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),xe=M=null},N.__c=function(e,t){t.some(function(r){try{r.__h.some(Y),r.__h=r.__h.filter(function(n){return!n.__||Se(n)})}catch(n){r.__h=[function(){throw n}]}}),ct&&ct(e,t)},N.unmount=function(e){ut&&ut(e);var t,r,n=e.__c;n&&n.__H&&(n.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,mt(Ce.push(a))}else Y(a)}catch(o){t=o}}),n.__H=void 0,t&&N.__e(t,n.__v))};var pt=typeof requestAnimationFrame=="function";function lr(e){var t,r=function(){clearTimeout(n),pt&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);pt&&(t=requestAnimationFrame(r))}function mt(e){e!=1&&at==N.requestAnimationFrame||((at=N.requestAnimationFrame)||lr)(ir)}function Y(e){var t=M,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),M=t}function Se(e){var t=M;e.__c=e.__(),M=t}function gt(e,t){return!e||e.length!=t.length||t.some(function(r,n){return!Te(r,e[n])})}function bt(e,t){return typeof t=="function"?t(e):t}var Z=class extends Error{constructor(t,r,n){super(r),this.name="ApiError",this.status=t,this.code=n||""}},Ae="",$t=()=>{};function Pe(e){Ae=e||""}function vt(e){$t=e}function cr(e,t,r){let n={accept:r};return t!==void 0&&(n["content-type"]="application/json"),e!=="GET"&&e!=="HEAD"&&Ae&&(n["x-csrf-token"]=Ae),n}async function yt(e,t,r,n,a){try{return await fetch(t,{method:e,headers:cr(e,r,n),body:r===void 0?void 0:JSON.stringify(r),credentials:"same-origin",cache:"no-store",signal:a})}catch(o){throw o.name==="AbortError"?o:new Z(0,"The gateway could not be reached: "+o.message)}}function wt(e,t){if(e&&typeof e=="object"){if(e.error&&typeof e.error=="object"&&e.error.message)return e.error;if(e.message)return{message:e.message,code:e.code}}return{message:t}}async function kt(e,t){let r=await e.text().catch(()=>""),n=null;try{n=r?JSON.parse(r):null}catch{n=null}let a=r&&!n&&r.length<300?r:`${e.status} ${e.statusText||"error"}`,{message:o,code:s}=wt(n,a);return e.status===401&&!t.startsWith("/ui/api/session")&&$t(),new Z(e.status,o,typeof s=="string"?s:"")}async function C(e,t,r){let n=await yt(e,t,r,"application/json");if(!n.ok)throw await kt(n,t);let a=await n.text();return a?JSON.parse(a):null}async function xt(e,t,r,n,a){let o=await yt("POST",e,t,"text/event-stream",n);if(!o.ok)throw await kt(o,e);a&&a(o);let s=o.body.pipeThrough(new TextDecoderStream).getReader(),i="",l=[],p="message",d=()=>{if(!l.length)return p="message",!1;let f=l.join(`
`),_=p;if(l=[],p="message",f==="[DONE]")return!0;let c;try{c=JSON.parse(f)}catch{c=f}if(c&&typeof c=="object"&&c.error){let h=wt(c,"The stream failed");throw new Z(o.status,h.message,h.code||c.error.type)}return r(c,_),!1};for(;;){let{value:f,done:_}=await s.read();if(_)break;i+=f;let c=i.split(/\r\n|\r|\n/);i=c.pop();for(let h of c)if(h===""){if(d())return s.cancel().catch(()=>{}),o}else h.startsWith("data:")?l.push(h.slice(h.startsWith("data: ")?6:5)):h.startsWith("event:")&&(p=h.slice(6).trim())}return i.startsWith("data:")&&l.push(i.slice(i.startsWith("data: ")?6:5)),d(),o}function I({label:e="Loading…"}){return u`<p role="status" class="loading">${e}</p>`}function P({error:e}){if(!e)return null;let t=typeof e=="string"?e:e.message||String(e);return u`<div role="alert" class="alert">${t}</div>`}function G({title:e,onClose:t,children:r,wide:n}){let a=L(null),o=Ee();return D(()=>{let i=a.current,l=document.activeElement;i.showModal();let p=i.querySelector("input:not([type=hidden]), select, textarea, [data-autofocus]");return p&&p.focus(),()=>{i.open&&i.close(),l&&l.isConnected&&l.focus()}},[]),u`<dialog ref=${a} class=${n?"dialog wide":"dialog"} aria-labelledby=${o}
      onCancel=${i=>{i.preventDefault(),t()}}>
    <header class="dialog-head">
      <h2 id=${o}>${e}</h2>
      <button type="button" class="icon" aria-label="Close" onClick=${t}>×</button>
    </header>
    ${r}
  </dialog>`}function de({title:e,message:t,confirmLabel:r,onConfirm:n,onClose:a}){let[o,s]=$(!1),[i,l]=$(null);return u`<${G} title=${e} onClose=${a}>
    <p>${t}</p>
    <${P} error=${i} />
    <div class="actions">
      <button type="button" onClick=${a} data-autofocus>Cancel</button>
      <button type="button" class="danger" disabled=${o} onClick=${async()=>{s(!0),l(null);try{await n(),a()}catch(d){l(d),s(!1)}}}>${r}</button>
    </div>
  <//>`}function k({label:e,hint:t,children:r,className:n}){let a=Ee(),o=t?a+"-hint":void 0,s=Ve(r,{id:a,"aria-describedby":o});return u`<div class=${"field "+(n||"")}>
    <label for=${a}>${e}</label>
    ${s}
    ${t&&u`<small id=${o} class="hint">${t}</small>`}
  </div>`}function Ct({label:e,checked:t,onChange:r,disabled:n}){return u`<label class="switch">
    <input type="checkbox" role="switch" checked=${t} disabled=${n}
      onChange=${a=>r(a.currentTarget.checked)} />
    <span class="track" aria-hidden="true"></span>
    <span>${e}</span>
  </label>`}function St({value:e}){if(!e)return u`<span class="muted">none</span>`;let t=e.startsWith("****")?e:"****"+e.slice(-4);return u`<code class="masked">${t}</code>`}var Tt={CONNECTED:["Connected","ok"],CONNECTING:["Connecting","busy"],DISCONNECTED:["Disconnected","off"],DISABLED:["Disabled","off"],ERROR:["Error","bad"]};function Et({state:e}){let[t,r]=Tt[e]||Tt.CONNECTING;return u`<span class=${"badge "+r}><span class="dot" aria-hidden="true"></span>${t}</span>`}var ur=[["year",365*24*3600],["month",720*3600],["day",24*3600],["hour",3600],["minute",60],["second",1]],dr=new Intl.RelativeTimeFormat("en",{numeric:"auto"});function pr(e,t=Date.now()){let r=Date.parse(e);if(!e||Number.isNaN(r))return"";let n=Math.round((r-t)/1e3);for(let[a,o]of ur)if(Math.abs(n)>=o||a==="second")return dr.format(Math.round(n/o),a);return""}function Q({time:e,never:t="never"}){return e?u`<time datetime=${e} title=${new Date(e).toLocaleString()}>${pr(e)}</time>`:u`<span class="muted">${t}</span>`}function H(e){return e?parseFloat(String(e).replace(/s$/,"")):NaN}function pe(e){let t=H(e);return Number.isNaN(t)?"":`${Math.round(t*1e3)} ms`}var Ne="/ui/api/session";function At(e){return Pe(e.csrf_token),{me:e.me||{},expiresAt:e.expires_at||""}}async function Pt(){try{return At(await C("GET",Ne))}catch(e){if(e.status===401)return null;throw e}}async function Nt(e){return At(await C("POST",Ne,{credential:e}))}async function Mt(){try{await C("DELETE",Ne)}finally{Pe("")}}var mr={providers:()=>!0,aliases:()=>!0,keys:()=>!0,usage:()=>!0,audit:e=>e==="admin",playground:e=>e!=="viewer"};function Me(e,t){let r=mr[t];return!!r&&r(e)}function ee(e){return e==="admin"||e==="operator"||e==="member"}function Dt({onSignedIn:e,notice:t}){let[r,n]=$(""),[a,o]=$(!1),[s,i]=$(null);return u`<main class="login" id="main">
    <form class="card login-card" onSubmit=${async p=>{p.preventDefault(),o(!0),i(null);try{let d=await Nt(r.trim());n(""),e(d)}catch(d){i(d),o(!1)}}}>
      <h1>Sign in to Switchboard</h1>
      ${t&&u`<p class="notice" role="status">${t}</p>`}
      <${k} label="API key or token" hint="An API key (sk-sb-…) or an OAuth2 access token. It is exchanged for a session cookie and not stored by the browser.">
        <input type="password" autocomplete="off" spellcheck="false" required value=${r}
          onInput=${p=>n(p.currentTarget.value)} />
      <//>
      <${P} error=${s} />
      <button type="submit" class="primary" disabled=${a||!r.trim()}>Sign in</button>
    </form>
  </main>`}function It(){let e=/^#\/([a-z-]+)/.exec(window.location.hash);return e?e[1]:""}function Rt(){let[e,t]=$(It());return D(()=>{let r=()=>t(It());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function me(e,t){let[r,n]=$(void 0),[a,o]=$(null),s=L(e);s.current=e;let i=L(!1),l=L(!1),p=ht(async()=>{if(i.current){l.current=!0;return}i.current=!0;try{n(await s.current()),o(null)}catch(d){o(d)}finally{i.current=!1,l.current&&(l.current=!1,p())}},[]);return D(()=>{let d=null,f=()=>{d===null&&!document.hidden&&(d=setInterval(p,t))},_=()=>{clearInterval(d),d=null},c=()=>{document.hidden?_():(p(),f())};return p(),f(),document.addEventListener("visibilitychange",c),()=>{_(),document.removeEventListener("visibilitychange",c)}},[t]),{data:r,error:a,refresh:p}}var fe=e=>`/admin/v1/providers/${encodeURIComponent(e)}`;function Ot({provider:e,canChange:t,onEdit:r,onDelete:n,onChanged:a}){let[o,s]=$(""),[i,l]=$(null),[p,d]=$(!1),f=e.enabled!==!1,_=async g=>{d(!0),l(null);try{await C("PATCH",`${fe(e.name)}?update_mask=enabled`,{enabled:g}),a()}catch(m){l(m)}finally{d(!1)}},c=g=>s(o===g?"":g),h=e.usage_24h;return u`<article class="card provider" aria-label=${`Provider ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      <${Et} state=${e.state} />
    </div>
    ${e.state==="ERROR"&&u`<p class="error-detail">
      ${e.last_error||"The last check failed."} ${" "}
      ${e.last_error_time&&u`<span class="muted">(<${Q} time=${e.last_error_time} />)</span>`}
    </p>`}
    <dl>
      <dt>Preset</dt><dd>${e.preset||"custom"}</dd>
      <dt>Format</dt><dd>${e.api_format||"openai"}</dd>
      <dt>Base URL</dt><dd><code>${e.base_url}</code></dd>
      <dt>API key</dt><dd><${St} value=${e.api_key_masked} /></dd>
      ${e.owner&&u`<dt>Owner</dt><dd>${e.owner}</dd>`}
      <dt>State since</dt><dd><${Q} time=${e.state_time} never="—" /></dd>
      ${h&&u`<dt>Last 24 h</dt><dd>${fr(h)}</dd>`}
    </dl>
    ${t&&u`<div class="buttons">
      <button type="button" aria-expanded=${o==="test"} onClick=${()=>c("test")}>Test connection</button>
      <button type="button" aria-expanded=${o==="prompt"} onClick=${()=>c("prompt")}>Test prompt</button>
      <button type="button" aria-expanded=${o==="models"} onClick=${()=>c("models")}>Models</button>
      <button type="button" onClick=${r}>Edit</button>
      <button type="button" onClick=${n}>Delete</button>
      <${Ct} label="Enabled" checked=${f} disabled=${p} onChange=${_} />
    </div>`}
    <${P} error=${i} />
    ${o==="test"&&u`<${_r} name=${e.name} onDone=${a} />`}
    ${o==="prompt"&&u`<${hr} name=${e.name} onDone=${a} />`}
    ${o==="models"&&u`<${gr} name=${e.name} />`}
  </article>`}function fr(e){let t=[`${e.requests||0} requests`];return e.errors&&t.push(`${e.errors} errors`),e.cost_usd!==void 0&&e.cost_usd!==null&&t.push(`$${Number(e.cost_usd).toFixed(4)}`),t.join(" · ")}function _r({name:e,onDone:t}){let[r,n]=$(null),[a,o]=$(null);return D(()=>{C("POST",`${fe(e)}:test`,{}).then(s=>{n(s),t()},o)},[]),a?u`<${P} error=${a} />`:r?r.ok?u`<div class="result" role="status">
    <strong class="success">Connected</strong> in ${pe(r.latency)} · ${r.model_count||0} models
  </div>`:u`<div class="result" role="alert"><strong>Failed</strong>${r.latency?` after ${pe(r.latency)}`:""}: ${r.error}</div>`:u`<div class="result"><${I} label="Testing…" /></div>`}function hr({name:e,onDone:t}){let[r,n]=$("Say hi"),[a,o]=$(!1),[s,i]=$(null),[l,p]=$(null);return u`<form class="result" onSubmit=${async f=>{f.preventDefault(),o(!0),p(null),i(null);try{i(await C("POST",`${fe(e)}:test`,{prompt:r})),t()}catch(_){p(_)}finally{o(!1)}}}>
    <div class="row">
      <${k} label="Prompt" hint="At most 30 characters.">
        <input value=${r} maxlength="30" required onInput=${f=>n(f.currentTarget.value)} />
      <//>
      <button type="submit" class="primary" disabled=${a||!r.trim()}>Send</button>
    </div>
    ${a&&u`<${I} label="Waiting for the reply…" />`}
    <${P} error=${l} />
    ${s&&(s.ok?u`<div role="status"><p><strong class="success">${pe(s.prompt_latency||s.latency)}</strong>
          ${s.model&&u` · <code>${s.model}</code>`}</p>
          <blockquote class="reply">${s.reply}</blockquote></div>`:u`<div role="alert" class="alert">${s.error}</div>`)}
  </form>`}function gr({name:e}){let[t,r]=$(null),[n,a]=$(null);return D(()=>{C("GET",`${fe(e)}/models`).then(o=>r(o.models||[]),a)},[]),n?u`<${P} error=${n} />`:t?u`<div class="result">
    <h3>${t.length} ${t.length===1?"model":"models"}</h3>
    <ul class="models">${t.map(o=>u`<li key=${o.id}><code>${o.id}</code></li>`)}</ul>
  </div>`:u`<div class="result"><${I} /></div>`}function Lt({rows:e,onChange:t}){let r=(o,s)=>t(e.map((i,l)=>l===o?{...i,...s}:i)),n=o=>t(e.filter((s,i)=>i!==o)),a=()=>t([...e,{name:"",value:"",secret:!1}]);return u`<fieldset class="headers">
    <legend>Custom headers</legend>
    ${e.length===0&&u`<p class="muted small">None. Added to every request sent upstream.</p>`}
    ${e.map((o,s)=>u`<div class="row header-row" key=${s}>
      <${k} label="Header name">
        <input value=${o.name} autocomplete="off" spellcheck="false"
          onInput=${i=>r(s,{name:i.currentTarget.value})} />
      <//>
      <${k} label="Header value" hint=${o.masked&&!o.value?`Saved as ${o.masked}; type to replace`:void 0}>
        <input type=${o.secret?"password":"text"} value=${o.value} autocomplete="off" spellcheck="false"
          placeholder=${o.masked||""}
          onInput=${i=>r(s,{value:i.currentTarget.value,touched:!0})} />
      <//>
      <label class="check">
        <input type="checkbox" checked=${o.secret}
          onChange=${i=>r(s,{secret:i.currentTarget.checked,touched:!0})} />
        Secret
      </label>
      <button type="button" onClick=${()=>n(s)} aria-label=${`Remove header ${o.name||s+1}`}>Remove</button>
    </div>`)}
    <button type="button" onClick=${a}>Add header</button>
  </fieldset>`}function Ut(e){let t=Object.entries(e.headers||{}).map(([n,a])=>({name:n,value:a,secret:!1})),r=Object.entries(e.secret_headers_masked||{}).map(([n,a])=>({name:n,value:"",masked:a,secret:!0,saved:!0}));return[...t,...r]}function Ft(e,t){let r={},n={},a=e.filter(i=>i.name.trim());for(let i of a)(i.secret?n:r)[i.name.trim()]=i.value;let o=a.filter(i=>i.secret),s=o.length===t.length&&o.every(i=>i.saved&&!i.touched&&t.includes(i.name.trim()));if(!s&&o.some(i=>!i.value))throw new Error("Type the value of every secret header again to change secret headers.");return{headers:r,secretHeaders:n,secretsChanged:!s}}var br=[["openai","OpenAI chat completions"],["anthropic","Anthropic messages"],["gemini","Google Gemini"],["openai_responses","OpenAI Responses"]],$r={anthropic:"x-api-key",gemini:"x-goog-api-key"},vr={bearer:"Authorization: Bearer <key>","x-api-key":"x-api-key: <key>","x-goog-api-key":"x-goog-api-key: <key>",none:"No key is sent"};function yr({protocol:e,host:t,port:r,basePath:n}){if(!t)return"";let a=e==="https"&&+r==443||e==="http"&&+r==80,o=n&&!n.startsWith("/")?"/"+n:n||"";return`${e}://${t}${r&&!a?":"+r:""}${o}`}function Ht(e){try{let t=new URL(e),r=t.protocol.replace(":","");if(r!=="http"&&r!=="https")return null;let n=t.port||(r==="https"?"443":"80");return{protocol:r,host:t.hostname,port:n,basePath:t.pathname==="/"?"":t.pathname.replace(/\/$/,"")}}catch{return null}}function _e(e){return{protocol:e.protocol||"https",host:e.host||"",port:e.port?String(e.port):"",basePath:e.base_path||"",baseUrl:e.base_url||"",format:e.api_format||"openai"}}function wr(e){return e?{...Ht(e.base_url||"")||_e({}),name:e.name,preset:e.preset||"custom",baseUrl:e.base_url||"",format:e.api_format||"openai",apiKey:"",timeout:String(H(e.timeout)||120),rows:Ut(e)}:{name:"",preset:"",apiKey:"",timeout:"120",rows:[],..._e({})}}function De({provider:e,onSaved:t,onClose:r}){let n=!!e,[a,o]=$(null),[s,i]=$(null),[l,p]=$(()=>wr(e)),[d,f]=$(!1),[_,c]=$(null);D(()=>{C("GET","/admin/v1/presets").then(b=>{let w=b.presets||[];if(o(w),!n&&w.length){let E=w.find(U=>U.name==="custom")||w[0];p(U=>({...U,preset:E.name,..._e(E)}))}},i)},[]);let h=(a||[]).find(b=>b.name===l.preset)||{},g=b=>p(w=>({...w,...b})),m=b=>p(w=>{let E={...w,...b};return{...E,baseUrl:yr(E)}}),y=b=>p(w=>({...w,baseUrl:b,...Ht(b)||{}})),v=b=>{let w=a.find(E=>E.name===b);p(E=>({...E,preset:b,..._e(w)}))},T=h.name&&h.name!=="custom"?h.auth_type:$r[l.format]||"bearer",S=async b=>{b.preventDefault(),c(null),f(!0);try{let w=await kr(e,l,h);t(w)}catch(w){c(w),f(!1)}},x=n?`Edit provider ${e.name}`:"Add provider";return s?u`<${G} title=${x} onClose=${r}><${P} error=${s} /><//>`:a?u`<${G} title=${x} onClose=${r} wide>
    <form onSubmit=${S} novalidate>
      <div class="row">
        <${k} label="Preset" hint=${n?"Fixed once the provider exists.":h.local?"Usually runs on this machine.":void 0}>
          <select value=${l.preset} disabled=${n} onChange=${b=>v(b.currentTarget.value)}>
            ${a.map(b=>u`<option value=${b.name}>${b.display_name||b.name}</option>`)}
          </select>
        <//>
        <${k} label="Name" hint="Model ids are <name>/<model>. Letters, digits, '.', '_' and '-'.">
          <input value=${l.name} required maxlength="64" pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*" autocomplete="off"
            spellcheck="false" onInput=${b=>g({name:b.currentTarget.value})} />
        <//>
      </div>
      <fieldset>
        <legend>Connection</legend>
        <div class="row">
          <${k} label="Protocol">
            <select value=${l.protocol} onChange=${b=>m({protocol:b.currentTarget.value})}>
              <option value="https">https</option>
              <option value="http">http</option>
            </select>
          <//>
          <${k} label="Host">
            <input value=${l.host} autocomplete="off" spellcheck="false" onInput=${b=>m({host:b.currentTarget.value})} />
          <//>
          <${k} label="Port">
            <input type="number" min="1" max="65535" value=${l.port} onInput=${b=>m({port:b.currentTarget.value})} />
          <//>
          <${k} label="Base path">
            <input value=${l.basePath} autocomplete="off" spellcheck="false" placeholder="/v1"
              onInput=${b=>m({basePath:b.currentTarget.value})} />
          <//>
        </div>
        <${k} label="Base URL" hint="Composed from the fields above, or paste a whole URL.">
          <input type="url" value=${l.baseUrl} required=${l.preset==="custom"} autocomplete="off" spellcheck="false"
            placeholder="https://api.example.com/v1" onInput=${b=>y(b.currentTarget.value)} />
        <//>
      </fieldset>
      <div class="row">
        <${k} label="Format">
          <select value=${l.format} onChange=${b=>g({format:b.currentTarget.value})}>
            ${br.map(([b,w])=>u`<option value=${b}>${w}</option>`)}
          </select>
        <//>
        <${k} label="Auth type" hint="Set by the preset (for custom: by the format).">
          <input readonly value=${vr[T]||T} />
        <//>
        <${k} label="Timeout" hint="Seconds; for streams, the longest gap between events.">
          <input type="number" min="1" max="3600" value=${l.timeout} onInput=${b=>g({timeout:b.currentTarget.value})} />
        <//>
      </div>
      <${k} label="API key" hint=${n?`Saved key ${e.api_key_masked||"(none)"}; leave empty to keep it.`:T==="none"?"Not needed by this preset.":"Write-only: sealed at rest, never shown again."}>
        <input type="password" value=${l.apiKey} autocomplete="new-password" spellcheck="false"
          onInput=${b=>g({apiKey:b.currentTarget.value})} />
      <//>
      <${Lt} rows=${l.rows} onChange=${b=>g({rows:b})} />
      <${P} error=${_} />
      <div class="actions">
        <button type="button" onClick=${r}>Cancel</button>
        <button type="submit" class="primary" disabled=${d}>Save</button>
      </div>
    </form>
  <//>`:u`<${G} title=${x} onClose=${r}><${I} /><//>`}async function kr(e,t,r){let n=t.name.trim();if(!n)throw new Error("Name: required.");let a=Number(t.timeout);if(!(a>0))throw new Error("Timeout: a number of seconds above 0.");let o=e?Object.keys(e.secret_headers_masked||{}):[],{headers:s,secretHeaders:i,secretsChanged:l}=Ft(t.rows,o),p=t.baseUrl.trim();if(!e){let m={name:n,preset:t.preset,api_format:t.format,timeout:`${a}s`,headers:s};return p&&p!==r.base_url&&(m.base_url=p),t.apiKey&&(m.api_key=t.apiKey),Object.keys(i).length&&(m.secret_headers=i),C("POST","/admin/v1/providers",m)}let d={},f=[],_=(m,y,v)=>{JSON.stringify(y)!==JSON.stringify(v)&&(d[m]=y,f.push(m))};_("name",n,e.name),_("base_url",p,e.base_url||""),_("api_format",t.format,e.api_format||"openai"),_("timeout",`${a}s`,e.timeout?`${H(e.timeout)}s`:"120s"),_("headers",s,e.headers||{}),l&&(d.secret_headers=i,f.push("secret_headers"));let c=t.apiKey&&!f.includes("base_url");t.apiKey&&!c&&(d.api_key=t.apiKey,f.push("api_key"));let h=e,g=`/admin/v1/providers/${encodeURIComponent(e.name)}`;return f.length&&(h=await C("PATCH",`${g}?update_mask=${f.join(",")}`,d)),c&&(h=await C("POST",`/admin/v1/providers/${encodeURIComponent(h.name)}:rotateKey`,{api_key:t.apiKey})),h}var xr=3e3;function Tr(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function Ie({me:e}){let{data:t,error:r,refresh:n}=me(()=>C("GET","/admin/v1/providers").then(l=>l.providers||[]),xr),[a,o]=$(null),s=()=>o(null),i=()=>{s(),n()};return u`<section>
    <div class="toolbar">
      <h1>Providers</h1>
      ${ee(e.role)&&u`<button type="button" class="primary" onClick=${()=>o({add:!0})}>Add provider</button>`}
    </div>
    <${P} error=${r} />
    ${t===void 0&&!r&&u`<${I} />`}
    ${t&&t.length===0&&u`<p class="empty">No providers yet.${ee(e.role)?" Add one from a preset.":""}</p>`}
    ${t&&t.length>0&&u`<div class="cards">
      ${t.map(l=>u`<${Ot} key=${l.id||l.name} provider=${l} canChange=${Tr(e,l)}
        onEdit=${()=>o({edit:l})} onDelete=${()=>o({remove:l})} onChanged=${n} />`)}
    </div>`}
    ${a&&a.add&&u`<${De} onSaved=${i} onClose=${s} />`}
    ${a&&a.edit&&u`<${De} provider=${a.edit} onSaved=${i} onClose=${s} />`}
    ${a&&a.remove&&u`<${de} title=${`Delete provider ${a.remove.name}`}
      message=${`Requests for ${a.remove.name}/… models and aliases that target it will fail. Its key is destroyed.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await C("DELETE",`/admin/v1/providers/${encodeURIComponent(a.remove.name)}`),n()}} />`}
  </section>`}var he=[["PRIORITY","Priority (in order, next on failure)"],["WEIGHTED","Weighted random"],["LEAST_BUSY","Least busy"],["LOWEST_LATENCY","Lowest latency"],["LOWEST_COST","Lowest cost"]],Re=(e,t)=>{let r=H(e);return Number.isNaN(r)?"":String(Math.round(r*t*1e3)/1e3)};function zt(e){let t=e||{},r=t.retry||{};return{name:t.name||"",targets:(t.targets||[{model:"",weight:1}]).map(({status:n,...a})=>({...a,weight:String(a.weight||1)})),strategy:t.strategy&&t.strategy!=="STRATEGY_UNSPECIFIED"?t.strategy:"PRIORITY",maxAttempts:r.max_attempts?String(r.max_attempts):"",initialBackoff:Re(r.initial_backoff,1e3),maxBackoff:Re(r.max_backoff,1e3),deadline:Re(r.deadline,1),fallback:!!t.fallback_on_context_length,description:t.description||""}}function Cr(e){let t={},r=(n,a)=>{let o=Number(n);if(!(o>0))throw new Error(`${a}: a number above 0.`);return o};return e.maxAttempts!==""&&(t.max_attempts=Math.round(r(e.maxAttempts,"Max attempts"))),e.initialBackoff!==""&&(t.initial_backoff=`${r(e.initialBackoff,"Initial backoff")/1e3}s`),e.maxBackoff!==""&&(t.max_backoff=`${r(e.maxBackoff,"Max backoff")/1e3}s`),e.deadline!==""&&(t.deadline=`${r(e.deadline,"Deadline")}s`),t}function Bt(e){let t=e.name.trim();if(!t)throw new Error("Alias name: required.");let r=e.targets.filter(n=>n.model.trim()).map(n=>{let a=Number(n.weight||1);if(!(a>=1)||!Number.isInteger(a))throw new Error(`Weight of ${n.model}: a whole number from 1.`);return{...n,model:n.model.trim(),weight:a}});if(!r.length)throw new Error("Add at least one target model.");return{name:t,targets:r,strategy:e.strategy,retry:Cr(e),fallback_on_context_length:e.fallback,description:e.description.trim()}}function Oe({alias:e,onSaved:t,onClose:r}){let[n,a]=$(()=>zt(e)),[o,s]=$([]),[i,l]=$(!1),[p,d]=$(null);D(()=>{C("GET","/v1/models").then(g=>s((g.data||[]).map(m=>m.id).filter(m=>m.includes("/"))),()=>{})},[]);let f=g=>a(m=>({...m,...g})),_=(g,m)=>f({targets:n.targets.map((y,v)=>v===g?{...y,...m}:y)}),c=async g=>{g.preventDefault(),d(null),l(!0);try{let m=Bt(n);if(!e){t(await C("POST","/admin/v1/aliases",m));return}let y=Bt(zt(e)),v=Object.keys(m).filter(T=>JSON.stringify(m[T])!==JSON.stringify(y[T]));t(v.length?await C("PATCH",`/admin/v1/aliases/${encodeURIComponent(e.name)}?update_mask=${v.join(",")}`,m):e)}catch(m){d(m),l(!1)}},h="alias-models";return u`<${G} title=${e?`Edit alias ${e.name}`:"New alias"} onClose=${r} wide>
    <form onSubmit=${c} novalidate>
      <${k} label="Alias name" hint="What clients send as the model. Letters, digits, '.', '_', ':' and '-'.">
        <input value=${n.name} required autocomplete="off" spellcheck="false" onInput=${g=>f({name:g.currentTarget.value})} />
      <//>
      <fieldset>
        <legend>Targets</legend>
        <datalist id=${h}>${o.map(g=>u`<option value=${g} />`)}</datalist>
        ${n.targets.map((g,m)=>u`<div class="row" key=${m}>
          <${k} label="Target model" className="grow">
            <input value=${g.model} list=${h} placeholder="provider/model" autocomplete="off" spellcheck="false"
              onInput=${y=>_(m,{model:y.currentTarget.value})} />
          <//>
          <${k} label="Weight" className="narrow">
            <input type="number" min="1" step="1" value=${g.weight} onInput=${y=>_(m,{weight:y.currentTarget.value})} />
          <//>
          <button type="button" class="field-button" disabled=${n.targets.length===1}
            aria-label=${`Remove target ${g.model||m+1}`}
            onClick=${()=>f({targets:n.targets.filter((y,v)=>v!==m)})}>Remove</button>
        </div>`)}
        <button type="button" onClick=${()=>f({targets:[...n.targets,{model:"",weight:"1"}]})}>Add target</button>
      </fieldset>
      <${k} label="Strategy">
        <select value=${n.strategy} onChange=${g=>f({strategy:g.currentTarget.value})}>
          ${he.map(([g,m])=>u`<option value=${g}>${m}</option>`)}
        </select>
      <//>
      <fieldset>
        <legend>Retries</legend>
        <div class="row">
          <${k} label="Max attempts" hint="Per target, first try included. Default 3.">
            <input type="number" min="1" step="1" value=${n.maxAttempts} placeholder="3" onInput=${g=>f({maxAttempts:g.currentTarget.value})} />
          <//>
          <${k} label="Initial backoff (ms)" hint="Doubles each retry. Default 200.">
            <input type="number" min="1" value=${n.initialBackoff} placeholder="200" onInput=${g=>f({initialBackoff:g.currentTarget.value})} />
          <//>
          <${k} label="Max backoff (ms)" hint="Default 5000.">
            <input type="number" min="1" value=${n.maxBackoff} placeholder="5000" onInput=${g=>f({maxBackoff:g.currentTarget.value})} />
          <//>
          <${k} label="Deadline (s)" hint="The whole request. Default 120.">
            <input type="number" min="1" value=${n.deadline} placeholder="120" onInput=${g=>f({deadline:g.currentTarget.value})} />
          <//>
        </div>
        <label class="check">
          <input type="checkbox" checked=${n.fallback} onChange=${g=>f({fallback:g.currentTarget.checked})} />
          On a context-length error, try targets with a larger context window
        </label>
      </fieldset>
      <${k} label="Description">
        <input value=${n.description} onInput=${g=>f({description:g.currentTarget.value})} />
      <//>
      <${P} error=${p} />
      <div class="actions">
        <button type="button" onClick=${r}>Cancel</button>
        <button type="submit" class="primary" disabled=${i}>Save</button>
      </div>
    </form>
  <//>`}var Sr={CLOSED:["closed","ok"],OPEN:["open","bad"],HALF_OPEN:["half-open","busy"]};function Er(e){let t=e&&(e.breaker_state||e.breaker||e.state);return Sr[t]||null}function Ar(e){if(!e)return"defaults";let t=[];return e.max_attempts&&t.push(`${e.max_attempts} attempts`),e.initial_backoff&&t.push(`backoff ${Math.round(H(e.initial_backoff)*1e3)} ms`),e.max_backoff&&t.push(`up to ${Math.round(H(e.max_backoff)*1e3)} ms`),e.deadline&&t.push(`deadline ${H(e.deadline)} s`),t.length?t.join(", "):"defaults"}function Wt({alias:e,canChange:t,onEdit:r,onDelete:n}){let a=(he.find(([o])=>o===e.strategy)||he[0])[1];return u`<article class="card alias" aria-label=${`Alias ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      ${t&&u`<div class="buttons">
        <button type="button" onClick=${r}>Edit</button>
        <button type="button" onClick=${n}>Delete</button>
      </div>`}
    </div>
    ${e.description&&u`<p>${e.description}</p>`}
    <dl>
      <dt>Strategy</dt><dd>${a}</dd>
      <dt>Retries</dt><dd>${Ar(e.retry)}</dd>
      ${e.fallback_on_context_length&&u`<dt>Context fallback</dt><dd>on</dd>`}
      ${e.owner&&u`<dt>Owner</dt><dd>${e.owner}</dd>`}
    </dl>
    <div class="table-wrap">
      <table>
        <caption class="sr-only">Targets of ${e.name}</caption>
        <thead><tr><th scope="col">Target</th><th scope="col">Weight</th><th scope="col">Breaker</th>
          <th scope="col">Last served</th><th scope="col">Requests</th></tr></thead>
        <tbody>
          ${(e.targets||[]).map(o=>{let s=o.status||{},i=Er(s);return u`<tr key=${o.model}>
              <td><code>${o.model}</code></td>
              <td>${o.weight||1}</td>
              <td>${i?u`<span class=${"badge "+i[1]}>${i[0]}</span>`:u`<span class="muted">—</span>`}</td>
              <td><${Q} time=${s.last_served_time||s.last_served} /></td>
              <td>${s.requests!==void 0||s.failures!==void 0?`${s.requests||0}${s.failures?` (${s.failures} failed)`:""}${s.in_flight?`, ${s.in_flight} in flight`:""}`:u`<span class="muted">—</span>`}</td>
            </tr>`})}
        </tbody>
      </table>
    </div>
  </article>`}function Pr(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function Le({me:e}){let{data:t,error:r,refresh:n}=me(()=>C("GET","/admin/v1/aliases").then(l=>l.aliases||[]),5e3),[a,o]=$(null),s=()=>o(null),i=()=>{s(),n()};return u`<section>
    <div class="toolbar">
      <h1>Aliases</h1>
      ${ee(e.role)&&u`<button type="button" class="primary" onClick=${()=>o({add:!0})}>New alias</button>`}
    </div>
    <${P} error=${r} />
    ${t===void 0&&!r&&u`<${I} />`}
    ${t&&t.length===0&&u`<p class="empty">No aliases yet. An alias gives several provider models one name, with failover.</p>`}
    ${t&&t.length>0&&u`<div class="cards wide-cards">
      ${t.map(l=>u`<${Wt} key=${l.name} alias=${l} canChange=${Pr(e,l)}
        onEdit=${()=>o({edit:l})} onDelete=${()=>o({remove:l})} />`)}
    </div>`}
    ${a&&a.add&&u`<${Oe} onSaved=${i} onClose=${s} />`}
    ${a&&a.edit&&u`<${Oe} alias=${a.edit} onSaved=${i} onClose=${s} />`}
    ${a&&a.remove&&u`<${de} title=${`Delete alias ${a.remove.name}`}
      message=${`Clients that send ${a.remove.name} as the model will get an error.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await C("DELETE",`/admin/v1/aliases/${encodeURIComponent(a.remove.name)}`),n()}} />`}
  </section>`}function Ue(){return u`<h1>Keys</h1>
    <p>Not built yet.</p>`}function Fe(){return u`<h1>Usage</h1>
    <p>Not built yet.</p>`}function He(){return u`<h1>Audit</h1>
    <p>Not built yet.</p>`}function jt(e,{system:t,message:r,temperature:n,maxTokens:a}){let o=[];t.trim()&&o.push({role:"system",content:t}),o.push({role:"user",content:r});let s={model:e,messages:o,stream:!0,stream_options:{include_usage:!0}};return n!==""&&(s.temperature=Number(n)),a!==""&&(s.max_tokens=Number(a)),s}async function qt(e,t,r){let n=performance.now(),a="",o=!0;r({state:"streaming",text:"",error:null,ttftMs:null,usage:null});let s=l=>{let p=l.headers;r({provider:p.get("x-switchboard-provider")||"",upstreamModel:p.get("x-switchboard-model")||"",alias:p.get("x-switchboard-alias")||"",attempts:p.get("x-switchboard-attempts")||""})},i=l=>{if(!l||typeof l!="object")return;let p={};l.model&&(p.chunkModel=l.model),l.usage&&(p.usage=l.usage);let d=(l.choices||[]).map(f=>f.delta&&f.delta.content||"").join("");d&&(o&&(p.ttftMs=Math.round(performance.now()-n),o=!1),a+=d,p.text=a),r(p)};try{await xt("/v1/chat/completions",e,i,t,s),r({state:"done",totalMs:Math.round(performance.now()-n)})}catch(l){l.name==="AbortError"?r({state:"stopped",totalMs:Math.round(performance.now()-n)}):r({state:"error",error:l})}}function Gt(e,t,r,n){if(!e||!n||!r)return null;let a=r.includes("/")?r.slice(r.indexOf("/")+1):r,o=e.find(l=>l.provider===t&&l.model===a)||e.find(l=>l.provider==="*"&&l.model===a);if(!o||o.input===void 0||o.output===void 0)return null;let s=n.prompt_tokens||0,i=n.completion_tokens||0;return(s*Number(o.input)+i*Number(o.output))/1e6}function Kt({label:e,run:t,prices:r}){let n=t.usage,a=t.upstreamModel||t.chunkModel,o=n?Gt(r,t.provider,a,n):null;return u`<div class="answer-panel">
    <div role="log" aria-label=${e} aria-busy=${t.state==="streaming"} class="answer">${t.text}</div>
    <${P} error=${t.error} />
    ${t.state&&u`<p class="stats">
      <span>${t.state==="streaming"?"Streaming…":t.state==="stopped"?"Stopped":t.state==="error"?"Failed":"Done"}</span>
      ${t.ttftMs!==null&&t.ttftMs!==void 0&&u`<span>TTFT ${t.ttftMs} ms</span>`}
      ${t.totalMs!==void 0&&u`<span>total ${t.totalMs} ms</span>`}
      ${n&&u`<span>${n.total_tokens??(n.prompt_tokens||0)+(n.completion_tokens||0)} tokens
        (${n.prompt_tokens||0} in, ${n.completion_tokens||0} out)</span>`}
      ${n&&u`<span>${o===null?"cost unknown (no price)":`cost ≈ $${o.toFixed(6)}`}</span>`}
      ${(t.provider||a)&&u`<span>served by ${t.provider?`${t.provider}/`:""}${a}</span>`}
      ${t.alias&&u`<span>via alias ${t.alias}</span>`}
      ${t.attempts&&t.attempts!=="1"&&u`<span>${t.attempts} attempts</span>`}
    </p>`}
  </div>`}var Nr=4;function Vt({label:e,value:t,models:r,onChange:n}){return u`<${k} label=${e}>
    <select value=${t} onChange=${a=>n(a.currentTarget.value)}>
      ${r.map(a=>u`<option value=${a.id}>${a.id}${a.alias?" (alias)":""}</option>`)}
    </select>
  <//>`}function ze(){let[e,t]=$(null),[r,n]=$(null),[a,o]=$(null),[s,i]=$(!1),[l,p]=$(["",""]),[d,f]=$({system:"",message:"",temperature:"",maxTokens:""}),[_,c]=$([]),[h,g]=$(!1),m=L(null);D(()=>(C("GET","/v1/models").then(x=>{let b=(x.data||[]).map(w=>({id:w.id,alias:!w.id.includes("/")&&w.owned_by==="switchboard"}));b.sort((w,E)=>w.alias===E.alias?w.id.localeCompare(E.id):w.alias?-1:1),t(b),b.length&&p([b[0].id,(b[1]||b[0]).id])},o),C("GET","/admin/v1/prices").then(x=>n(x.prices||[]),()=>n([])),()=>m.current&&m.current.abort()),[]);let y=x=>f(b=>({...b,...x})),v=s?l:l.slice(0,1),T=async x=>{if(x.preventDefault(),!d.message.trim()||h)return;let b=new AbortController;m.current=b,g(!0);let w=[...v];c(w.map(E=>({model:E,text:"",state:"streaming"}))),await Promise.all(w.map((E,U)=>qt(jt(E,d),b.signal,F=>c(z=>z.map((O,R)=>R===U?{...O,...F}:O))))),g(!1),m.current=null},S=()=>m.current&&m.current.abort();return a?u`<h1>Playground</h1><${P} error=${a} />`:e?u`<section>
    <h1>Playground</h1>
    ${e.length===0&&u`<p class="empty">No models yet: add a provider first.</p>`}
    <form class="card playground" onSubmit=${T}>
      <label class="check">
        <input type="checkbox" checked=${s} onChange=${x=>i(x.currentTarget.checked)} />
        Compare
      </label>
      <div class="row">
        ${!s&&u`<${Vt} label="Model" value=${l[0]} models=${e}
          onChange=${x=>p([x,...l.slice(1)])} />`}
        ${s&&l.map((x,b)=>u`<${Vt} key=${b} label=${`Model ${b+1}`} value=${x} models=${e}
          onChange=${w=>p(l.map((E,U)=>U===b?w:E))} />`)}
        ${s&&u`<div class="row">
          <button type="button" disabled=${l.length>=Nr}
            onClick=${()=>p([...l,e[l.length%e.length].id])}>Add model</button>
          ${l.length>2&&u`<button type="button" onClick=${()=>p(l.slice(0,-1))}>Remove last</button>`}
        </div>`}
      </div>
      <${k} label="System prompt">
        <textarea rows="2" value=${d.system} onInput=${x=>y({system:x.currentTarget.value})} />
      <//>
      <${k} label="Message">
        <textarea rows="4" value=${d.message} required onInput=${x=>y({message:x.currentTarget.value})} />
      <//>
      <div class="row">
        <${k} label="Temperature" hint="0–2; empty: the model's default.">
          <input type="number" min="0" max="2" step="0.1" value=${d.temperature} onInput=${x=>y({temperature:x.currentTarget.value})} />
        <//>
        <${k} label="Max tokens" hint="Empty: no limit.">
          <input type="number" min="1" step="1" value=${d.maxTokens} onInput=${x=>y({maxTokens:x.currentTarget.value})} />
        <//>
      </div>
      <div class="actions">
        <button type="button" onClick=${S} disabled=${!h}>Stop</button>
        <button type="submit" class="primary" disabled=${h||!d.message.trim()||e.length===0}>Send</button>
      </div>
    </form>
    ${_.length>0&&u`<div class=${_.length>1?"answers":""}>
      ${_.map(x=>u`<div>
        ${_.length>1&&u`<h2 class="answer-title"><code>${x.model}</code></h2>`}
        <${Kt} label=${_.length>1?`Answer ${x.model}`:"Answer"} run=${x} prices=${r} />
      </div>`)}
    </div>`}
  </section>`:u`<h1>Playground</h1><${I} />`}var Jt=[["providers","Providers",Ie],["aliases","Aliases",Le],["keys","Keys",Ue],["usage","Usage",Fe],["audit","Audit",He],["playground","Playground",ze]];function Yt(){let[e,t]=$(void 0),[r,n]=$(null),[a,o]=$("");if(D(()=>{vt(()=>{t(null),o("Your session has ended. Sign in again.")}),Pt().then(t,n)},[]),e===void 0)return u`<main class="boot">${r?u`<${P} error=${r} />`:u`<${I} />`}</main>`;if(!e)return u`<${Dt} notice=${a} onSignedIn=${i=>{o(""),t(i)}} />`;let s=async()=>{try{await Mt()}finally{o("You are signed out."),t(null)}};return u`<${Mr} me=${e.me} onSignOut=${s} />`}function Mr({me:e,onSignOut:t}){let r=Rt(),[n,a]=$(!1),o=L(null),s=L(!0),i=e.role||"viewer",l=Jt.filter(([c])=>Me(i,c)),p=Jt.find(([c])=>c===r),[,d,f]=p||[];D(()=>{r||window.location.replace("#/"+l[0][0]),document.title=(d||"Switchboard")+" · Switchboard console",a(!1),!s.current&&o.current&&o.current.focus(),s.current=!1},[r]);let _;return r?p?Me(i,r)?_=u`<${f} me=${e} />`:_=u`<h1>${d}</h1><p>Your role (${i}) may not open this page.</p>`:_=u`<h1>Page not found</h1><p>There is no page <code>${r}</code>.</p>`:_=u`<${I} />`,u`<div class="shell">
    <a class="skip" href="#main" onClick=${c=>{c.preventDefault(),o.current.focus()}}>Skip to content</a>
    <header class="top">
      <span class="brand">Switchboard</span>
      <button type="button" class="menu-toggle" aria-expanded=${n} aria-controls="nav"
        onClick=${()=>a(!n)}>Menu</button>
      <nav id="nav" class=${n?"open":""} aria-label="Main">
        <ul>
          ${l.map(([c,h])=>u`<li key=${c}>
            <a href=${"#/"+c} aria-current=${c===r?"page":void 0}>${h}</a>
          </li>`)}
        </ul>
      </nav>
      <div class="user">
        <span class="user-name">${e.user_name||e.key_prefix||"signed in"}</span>
        <span class="role">${i}</span>
        <button type="button" onClick=${t}>Sign out</button>
      </div>
    </header>
    <main id="main" ref=${o} tabindex="-1">${_}</main>
  </div>`}tt(u`<${Yt} />`,document.getElementById("app"));
